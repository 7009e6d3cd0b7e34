package org.serge.record;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 helpers shared by keys and events. Stateless, thread-safe. */
final class Hashes {
  static final HexFormat HEX = HexFormat.of();

  private Hashes() {}

  static byte[] sha256(byte[] data) {
    try {
      // A fresh digest per call: MessageDigest is not thread-safe and cheap to obtain.
      return MessageDigest.getInstance("SHA-256").digest(data);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK provides SHA-256", e);
    }
  }

  static String sha256Hex(byte[] data) {
    return HEX.formatHex(sha256(data));
  }
}
