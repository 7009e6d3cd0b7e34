package org.serge.record;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks many Ed25519 signatures at once, about five times faster than one by one: with
 * random 128-bit z_i it tests the single equation
 *
 * <pre>  [8]·( Σ z_i·R_i + Σ_A (Σ_{i signed by A} z_i·h_i)·A − (Σ z_i·S_i)·B ) = 0</pre>
 *
 * <p>(Bernstein, Duif, Lange, Schwabe and Yang, "High-speed high-security signatures", §5),
 * h_i = SHA-512(R_i ‖ A_i ‖ M_i) mod ℓ, as one multi-scalar multiplication (Pippenger's
 * buckets, 8-bit windows). Since the signers of a record are few (the instance and members who
 * sign their own acts), the key terms are few and the cost per signature is one point
 * decompression and about twenty point additions.
 *
 * <p>It answers only "all valid" or "not all": a caller that gets false checks each signature
 * alone to name the bad one. A forged signature passes with probability at most 2^-128 (the z_i
 * are secret and random). The equation is the cofactored one of RFC 8032 §5.1.7; the
 * one-by-one check ({@link VerifyingKey#verifies}) is cofactorless. They can differ only for a
 * signature whose R has a small-order part — which only the holder of the private key can make
 * valid at all, so a batch never accepts a signature that the key's owner did not make.
 */
final class BatchVerification {
  /** ℓ, the order of the base point. */
  private static final BigInteger L = BigInteger.TWO.pow(252).add(new BigInteger("27742317777372353535851937790883648493"));
  private static final BigInteger LOW_128 = BigInteger.ONE.shiftLeft(128).subtract(BigInteger.ONE);
  private static final EdwardsPoint BASE = base();
  private static final EdwardsPoint BASE_128 = timesTwoTo128(BASE, new EdwardsPoint.Scratch());

  static {
    BASE_128.prepare(new EdwardsPoint.Scratch());
  }
  private static final int WINDOW = 8;
  private static final int WINDOWS = 128 / WINDOW;

  /** One signature to check: the signer's 32-byte public key, the message, the 64-byte signature. */
  record Item(byte[] publicKey, byte[] message, byte[] signature) {}

  private BatchVerification() {}

  /** Whether every item's signature verifies (false also for any malformed key or signature). */
  static boolean allVerify(List<Item> items, SecureRandom random) {
    if (items.isEmpty()) {
      return true;
    }
    EdwardsPoint.Scratch scratch = new EdwardsPoint.Scratch();
    MessageDigest sha512 = sha512();
    Map<ByteBuffer, Signer> signers = new HashMap<>();
    List<EdwardsPoint> points = new ArrayList<>(items.size() + 8);
    List<byte[]> scalars = new ArrayList<>(items.size() + 8);
    BigInteger sumZs = BigInteger.ZERO;
    byte[] zBytes = new byte[16];
    for (Item item : items) {
      byte[] signature = item.signature();
      if (signature == null || signature.length != 64 || item.publicKey().length != 32) {
        return false;
      }
      BigInteger s = littleEndian(signature, 32, 32);
      EdwardsPoint r = new EdwardsPoint();
      if (s.compareTo(L) >= 0 || !EdwardsPoint.decode(signature, 0, r, scratch)) {
        return false;
      }
      Signer signer = signers.computeIfAbsent(ByteBuffer.wrap(item.publicKey()), key -> Signer.of(item.publicKey(), scratch));
      if (signer == null) {
        return false;
      }
      sha512.update(signature, 0, 32);
      sha512.update(item.publicKey());
      sha512.update(item.message());
      BigInteger h = littleEndian(sha512.digest(), 0, 64).mod(L);
      random.nextBytes(zBytes);
      BigInteger z = littleEndian(zBytes, 0, 16);
      points.add(r);
      scalars.add(zBytes.clone());
      sumZs = sumZs.add(z.multiply(s));
      signer.coefficient = signer.coefficient.add(z.multiply(h));
    }
    addTerm(BASE, BASE_128, L.subtract(sumZs.mod(L)), points, scalars);
    for (Signer signer : signers.values()) {
      addTerm(signer.point, signer.point128, signer.coefficient.mod(L), points, scalars);
    }
    EdwardsPoint sum = multiScalar(points, scalars, scratch);
    for (int i = 0; i < 3; i++) {
      sum.twice(scratch);
    }
    return sum.isIdentity(scratch);
  }

  /** A signer's key A and 2^128·A, and the running Σ z_i·h_i of its signatures. */
  private static final class Signer {
    final EdwardsPoint point;
    final EdwardsPoint point128;
    BigInteger coefficient = BigInteger.ZERO;

    private Signer(EdwardsPoint point, EdwardsPoint point128) {
      this.point = point;
      this.point128 = point128;
    }

    static Signer of(byte[] publicKey, EdwardsPoint.Scratch scratch) {
      EdwardsPoint point = new EdwardsPoint();
      if (!EdwardsPoint.decode(publicKey, 0, point, scratch)) {
        return null;
      }
      EdwardsPoint point128 = timesTwoTo128(point, scratch);
      point128.prepare(scratch);
      return new Signer(point, point128);
    }
  }

  /** k·P as k_lo·P + k_hi·(2^128·P), so that every scalar of the sum has 128 bits. */
  private static void addTerm(EdwardsPoint p, EdwardsPoint p128, BigInteger k, List<EdwardsPoint> points, List<byte[]> scalars) {
    points.add(p);
    scalars.add(bytes128(k.and(LOW_128)));
    points.add(p128);
    scalars.add(bytes128(k.shiftRight(128)));
  }

  /**
   * Σ scalars_j·points_j, scalars 16 bytes little-endian, by Pippenger's bucket method: for each
   * 8-bit window from the top, points go to the bucket of their digit, and Σ_d d·bucket_d is
   * summed with two running sums (about 2·255 additions a window, whatever the count).
   */
  private static EdwardsPoint multiScalar(List<EdwardsPoint> points, List<byte[]> scalars, EdwardsPoint.Scratch scratch) {
    int buckets = (1 << WINDOW) - 1;
    EdwardsPoint[] bucket = new EdwardsPoint[buckets + 1];
    for (int d = 1; d <= buckets; d++) {
      bucket[d] = new EdwardsPoint();
    }
    boolean[] filled = new boolean[buckets + 1];
    EdwardsPoint result = EdwardsPoint.identity();
    EdwardsPoint running = new EdwardsPoint();
    EdwardsPoint window = new EdwardsPoint();
    for (int w = WINDOWS - 1; w >= 0; w--) {
      for (int i = 0; i < WINDOW; i++) {
        result.twice(scratch);
      }
      Arrays.fill(filled, false);
      for (int j = 0; j < points.size(); j++) {
        int digit = scalars.get(j)[w] & 0xff;
        if (digit == 0) {
          continue;
        }
        if (filled[digit]) {
          bucket[digit].addPrepared(points.get(j), scratch);
        } else {
          bucket[digit].set(points.get(j));
          filled[digit] = true;
        }
      }
      boolean anyRunning = false;
      boolean anyWindow = false;
      for (int d = buckets; d >= 1; d--) {
        if (filled[d]) {
          if (anyRunning) {
            running.add(bucket[d], scratch);
          } else {
            running.set(bucket[d]);
            anyRunning = true;
          }
        }
        if (anyRunning) {
          if (anyWindow) {
            window.add(running, scratch);
          } else {
            window.set(running);
            anyWindow = true;
          }
        }
      }
      if (anyWindow) {
        result.add(window, scratch);
      }
    }
    return result;
  }

  private static EdwardsPoint base() {
    byte[] encoded = new byte[32];
    Arrays.fill(encoded, (byte) 0x66);
    encoded[0] = 0x58; // y = 4/5, x even (RFC 8032 §5.1)
    EdwardsPoint point = new EdwardsPoint();
    if (!EdwardsPoint.decode(encoded, 0, point, new EdwardsPoint.Scratch())) {
      throw new IllegalStateException("the Ed25519 base point does not decode");
    }
    return point;
  }

  /** 2^128·p, not prepared. */
  private static EdwardsPoint timesTwoTo128(EdwardsPoint p, EdwardsPoint.Scratch scratch) {
    EdwardsPoint result = new EdwardsPoint();
    result.set(p);
    for (int i = 0; i < 128; i++) {
      result.twice(scratch);
    }
    return result;
  }

  private static BigInteger littleEndian(byte[] bytes, int offset, int length) {
    byte[] big = new byte[length];
    for (int i = 0; i < length; i++) {
      big[i] = bytes[offset + length - 1 - i];
    }
    return new BigInteger(1, big);
  }

  private static byte[] bytes128(BigInteger value) {
    byte[] little = EdwardsPoint.reversed(value.toByteArray());
    byte[] bytes = new byte[16];
    System.arraycopy(little, 0, bytes, 0, Math.min(16, little.length));
    return bytes;
  }

  private static MessageDigest sha512() {
    try {
      return MessageDigest.getInstance("SHA-512");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK lacks SHA-512", e);
    }
  }
}
