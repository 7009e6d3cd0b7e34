package org.serge.record;

import java.math.BigInteger;
import org.bouncycastle.math.ec.rfc7748.X25519Field;

/**
 * A point of the Ed25519 curve −x² + y² = 1 + d·x²·y² in extended coordinates (X:Y:Z:T),
 * x = X/Z, y = Y/Z, x·y = T/Z, on Bouncy Castle's field arithmetic mod 2^255 − 19. Mutable,
 * for {@link BatchVerification} only; not thread-safe (each point owns its limbs, and the
 * formulas use a {@link Scratch} of the caller's).
 *
 * <p>Formulas: addition add-2008-hwcd-3 and doubling dbl-2008-hwcd of Hisil, Wong, Carter and
 * Dawson (2008) for a = −1, complete on this curve. Variable time: only public data (signatures
 * and messages) go through here, never a secret key.
 */
final class EdwardsPoint {
  private static final BigInteger P = BigInteger.TWO.pow(255).subtract(BigInteger.valueOf(19));
  private static final BigInteger D_VALUE = BigInteger.valueOf(-121665).multiply(BigInteger.valueOf(121666).modInverse(P)).mod(P);
  private static final int[] D = field(D_VALUE);
  private static final int[] D2 = field(D_VALUE.shiftLeft(1));

  final int[] x = X25519Field.create();
  final int[] y = X25519Field.create();
  final int[] z = X25519Field.create();
  final int[] t = X25519Field.create();
  /** 2d·T, for a point {@link #prepare}d to be added to others. */
  final int[] t2d = X25519Field.create();

  /** Temporaries for the formulas: one per thread of work. */
  static final class Scratch {
    final int[] a = X25519Field.create();
    final int[] b = X25519Field.create();
    final int[] c = X25519Field.create();
    final int[] d = X25519Field.create();
    final int[] e = X25519Field.create();
    final int[] f = X25519Field.create();
    final int[] g = X25519Field.create();
    final int[] h = X25519Field.create();
  }

  /** The neutral element (0, 1). */
  static EdwardsPoint identity() {
    EdwardsPoint point = new EdwardsPoint();
    X25519Field.one(point.y);
    X25519Field.one(point.z);
    return point;
  }

  /**
   * Decodes a 32-byte point encoding (RFC 8032 §5.1.3), or returns false when it is not one:
   * y not below p, no x for that y, or x = 0 with the sign bit set.
   */
  static boolean decode(byte[] encoded, int offset, EdwardsPoint into, Scratch s) {
    if (!canonical(encoded, offset)) {
      return false;
    }
    X25519Field.decode255(encoded, offset, into.y, 0);
    X25519Field.one(into.z);
    X25519Field.sqr(into.y, s.a);
    X25519Field.mul(s.a, D, s.b);
    X25519Field.subOne(s.a); // u = y² − 1
    X25519Field.addOne(s.b); // v = d·y² + 1
    X25519Field.normalize(s.a);
    X25519Field.normalize(s.b);
    if (!X25519Field.sqrtRatioVar(s.a, s.b, into.x)) {
      return false;
    }
    X25519Field.normalize(into.x);
    int sign = (encoded[offset + 31] & 0xff) >>> 7;
    boolean zero = X25519Field.isZeroVar(into.x);
    if (zero && sign == 1) {
      return false;
    }
    if ((into.x[0] & 1) != sign) {
      X25519Field.negate(into.x, into.x);
      X25519Field.normalize(into.x);
    }
    X25519Field.mul(into.x, into.y, into.t);
    X25519Field.mul(into.t, D2, into.t2d); // prepared: Z = 1
    return true;
  }

  /** Whether the 255-bit y of an encoding is below p = 2^255 − 19. */
  private static boolean canonical(byte[] encoded, int offset) {
    if ((encoded[offset + 31] & 0x7f) != 0x7f) {
      return true;
    }
    for (int i = 30; i >= 1; i--) {
      if (encoded[offset + i] != (byte) 0xff) {
        return true;
      }
    }
    return (encoded[offset] & 0xff) < 0xed;
  }

  void set(EdwardsPoint other) {
    X25519Field.copy(other.x, 0, x, 0);
    X25519Field.copy(other.y, 0, y, 0);
    X25519Field.copy(other.z, 0, z, 0);
    X25519Field.copy(other.t, 0, t, 0);
  }

  /** this += q. */
  void add(EdwardsPoint q, Scratch s) {
    X25519Field.sub(y, x, s.a);
    X25519Field.sub(q.y, q.x, s.b);
    X25519Field.mul(s.a, s.b, s.a); // A = (Y1 − X1)(Y2 − X2)
    X25519Field.add(y, x, s.b);
    X25519Field.add(q.y, q.x, s.c);
    X25519Field.mul(s.b, s.c, s.b); // B = (Y1 + X1)(Y2 + X2)
    X25519Field.mul(t, q.t, s.c);
    X25519Field.mul(s.c, D2, s.c); // C = 2d·T1·T2
    X25519Field.mul(z, q.z, s.d);
    X25519Field.add(s.d, s.d, s.d); // D = 2·Z1·Z2
    X25519Field.apm(s.b, s.a, s.h, s.e); // H = B + A, E = B − A
    X25519Field.apm(s.d, s.c, s.g, s.f); // G = D + C, F = D − C
    X25519Field.carry(s.g);
    X25519Field.mul(s.e, s.f, x);
    X25519Field.mul(s.g, s.h, y);
    X25519Field.mul(s.e, s.h, t);
    X25519Field.mul(s.f, s.g, z);
  }

  /**
   * Makes Z = 1 and keeps 2d·T, so that {@link #addPrepared} can add this point with two
   * multiplications fewer than {@link #add}: the buckets' additions, most of a batch's work.
   * A point from {@link #decode} is prepared already.
   */
  void prepare(Scratch s) {
    X25519Field.inv(z, s.a);
    X25519Field.mul(x, s.a, x);
    X25519Field.mul(y, s.a, y);
    X25519Field.one(z);
    X25519Field.mul(x, y, t);
    X25519Field.mul(t, D2, t2d);
  }

  /** this += q, where q is {@link #prepare}d. */
  void addPrepared(EdwardsPoint q, Scratch s) {
    X25519Field.sub(y, x, s.a);
    X25519Field.sub(q.y, q.x, s.b);
    X25519Field.mul(s.a, s.b, s.a); // A = (Y1 − X1)(Y2 − X2)
    X25519Field.add(y, x, s.b);
    X25519Field.add(q.y, q.x, s.c);
    X25519Field.mul(s.b, s.c, s.b); // B = (Y1 + X1)(Y2 + X2)
    X25519Field.mul(t, q.t2d, s.c); // C = T1·2d·T2
    X25519Field.add(z, z, s.d); // D = 2·Z1 (Z2 = 1)
    X25519Field.apm(s.b, s.a, s.h, s.e);
    X25519Field.apm(s.d, s.c, s.g, s.f);
    X25519Field.carry(s.g);
    X25519Field.mul(s.e, s.f, x);
    X25519Field.mul(s.g, s.h, y);
    X25519Field.mul(s.e, s.h, t);
    X25519Field.mul(s.f, s.g, z);
  }

  /** this = 2·this. */
  void twice(Scratch s) {
    X25519Field.add(x, y, s.e);
    X25519Field.sqr(x, s.a); // A = X²
    X25519Field.sqr(y, s.b); // B = Y²
    X25519Field.sqr(z, s.c);
    X25519Field.add(s.c, s.c, s.c); // C = 2·Z²
    X25519Field.apm(s.a, s.b, s.h, s.g); // H = A + B, G = A − B
    X25519Field.sqr(s.e, s.e);
    X25519Field.sub(s.h, s.e, s.e); // E = H − (X + Y)²
    X25519Field.add(s.c, s.g, s.f); // F = C + G
    X25519Field.carry(s.f);
    X25519Field.mul(s.e, s.f, x);
    X25519Field.mul(s.g, s.h, y);
    X25519Field.mul(s.e, s.h, t);
    X25519Field.mul(s.f, s.g, z);
  }

  /** Whether this is the neutral element: X = 0 and Y = Z. */
  boolean isIdentity(Scratch s) {
    X25519Field.copy(x, 0, s.a, 0);
    X25519Field.normalize(s.a);
    X25519Field.sub(y, z, s.b);
    X25519Field.normalize(s.b);
    return X25519Field.isZeroVar(s.a) && X25519Field.isZeroVar(s.b);
  }

  private static int[] field(BigInteger value) {
    byte[] little = reversed(value.mod(P).toByteArray());
    byte[] bytes = new byte[32];
    System.arraycopy(little, 0, bytes, 0, Math.min(32, little.length));
    int[] limbs = X25519Field.create();
    X25519Field.decode(bytes, 0, limbs);
    return limbs;
  }

  /** Big-endian to little-endian, or back. */
  static byte[] reversed(byte[] bytes) {
    byte[] reversed = new byte[bytes.length];
    for (int i = 0; i < bytes.length; i++) {
      reversed[i] = bytes[bytes.length - 1 - i];
    }
    return reversed;
  }
}
