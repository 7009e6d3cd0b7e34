package org.serge.cli.council;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * What must be random in a secret ballot, drawn here at the edge so that the core stays
 * deterministic: ballot ids and receipt secrets (never derived from voter, time or seq) and
 * the seed of the shuffle that publishes the ballots.
 */
final class Randomness {
  private static final SecureRandom RANDOM = new SecureRandom();

  private Randomness() {}

  /** {@code bytes} random bytes as URL-safe base64 without padding (letters, digits, - and _). */
  static String token(int bytes) {
    byte[] b = new byte[bytes];
    RANDOM.nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }

  static long seed() {
    return RANDOM.nextLong();
  }
}
