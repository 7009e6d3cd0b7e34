package org.serge.record;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.util.Base64;
import org.bouncycastle.math.ec.rfc8032.Ed25519;

/**
 * An Ed25519 private key (RFC 8032) over the JDK's built-in provider.
 *
 * <p>The key is its 32-byte seed (the RFC 8032 private key); text form is the standard
 * base64 of the seed, so a key can be kept in a file and reloaded. The same seed always
 * gives the same key, which makes tests deterministic. Immutable and thread-safe;
 * {@link #toString()} does not reveal the seed.
 */
public final class SigningKey {
  private static final int SEED_LENGTH = 32;

  private final byte[] seed;
  private final VerifyingKey verifyingKey;

  private SigningKey(byte[] seed) {
    if (seed.length != SEED_LENGTH) {
      throw new IllegalArgumentException("an Ed25519 seed has 32 bytes, not " + seed.length);
    }
    this.seed = seed.clone();
    try {
      // The JDK derives an Ed25519 key pair from exactly 32 random bytes, so feeding it our
      // seed as its randomness yields the RFC 8032 key for that seed.
      KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
      generator.initialize(255, new SeedRandom(this.seed));
      KeyPair pair = generator.generateKeyPair();
      this.verifyingKey = new VerifyingKey(pair.getPublic());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK's Ed25519 provider failed", e);
    }
  }

  /** A new key from the system's strong randomness. */
  public static SigningKey generate() {
    byte[] seed = new byte[SEED_LENGTH];
    new SecureRandom().nextBytes(seed);
    return new SigningKey(seed);
  }

  /** The key for a 32-byte seed; deterministic. */
  public static SigningKey fromSeed(byte[] seed) {
    return new SigningKey(seed);
  }

  /**
   * Reads the text form written by {@link #toText()}.
   *
   * @throws IllegalArgumentException when the text is not base64 of 32 bytes
   */
  public static SigningKey fromText(String text) {
    return new SigningKey(Base64.getDecoder().decode(text.strip()));
  }

  /** The standard base64 of the 32-byte seed. Secret: store it with care. */
  public String toText() {
    return Base64.getEncoder().encodeToString(seed);
  }

  /** The matching public key. */
  public VerifyingKey verifyingKey() {
    return verifyingKey;
  }

  /** The key id of the matching public key. */
  public String id() {
    return verifyingKey.id();
  }

  /** The 64-byte Ed25519 signature of {@code message}. */
  public byte[] sign(byte[] message) {
    // Bouncy Castle's RFC 8032 signer on the seed: the same deterministic signature as the
    // JDK's provider (RFC 8032 test vector in KeysTest), several times faster.
    byte[] signature = new byte[Ed25519.SIGNATURE_SIZE];
    Ed25519.sign(seed, 0, message, 0, message.length, signature, 0);
    return signature;
  }

  @Override
  public String toString() {
    return "SigningKey[" + id() + "]";
  }

  /** Randomness that is the seed: used once, by the key pair generator. */
  private static final class SeedRandom extends SecureRandom {
    private static final long serialVersionUID = 1L;
    private final byte[] seed;

    SeedRandom(byte[] seed) {
      this.seed = seed;
    }

    @Override
    public void nextBytes(byte[] bytes) {
      if (bytes.length != seed.length) {
        throw new IllegalStateException("expected a request for " + seed.length + " bytes");
      }
      System.arraycopy(seed, 0, bytes, 0, bytes.length);
    }
  }
}
