package org.serge.record;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.bouncycastle.math.ec.rfc8032.Ed25519;
import org.junit.jupiter.api.Test;

class BatchVerificationTest {
  private static final SecureRandom RANDOM = new SecureRandom();

  @Test
  void acceptsValidSignaturesOfSeveralSigners() {
    assertTrue(BatchVerification.allVerify(signed(300, 3, new Random(1)), RANDOM));
    assertTrue(BatchVerification.allVerify(signed(1, 1, new Random(2)), RANDOM));
    assertTrue(BatchVerification.allVerify(List.of(), RANDOM));
  }

  @Test
  void acceptsTheRfc8032TestVectors() {
    HexFormat hex = HexFormat.of();
    List<BatchVerification.Item> vectors = List.of(
        new BatchVerification.Item(hex.parseHex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a"), new byte[0],
            hex.parseHex("e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b")),
        new BatchVerification.Item(hex.parseHex("3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c"), hex.parseHex("72"),
            hex.parseHex("92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00")));
    assertTrue(BatchVerification.allVerify(vectors, RANDOM));
  }

  @Test
  void refusesABatchWithAnyBadSignature() {
    Random random = new Random(3);
    for (int trial = 0; trial < 40; trial++) {
      List<BatchVerification.Item> items = signed(50, 2, random);
      int bad = random.nextInt(items.size());
      BatchVerification.Item item = items.get(bad);
      byte[] signature = item.signature().clone();
      byte[] message = item.message().clone();
      switch (trial % 3) {
        case 0 -> signature[random.nextInt(32)] ^= (byte) (1 << random.nextInt(8)); // R
        case 1 -> signature[32 + random.nextInt(31)] ^= (byte) (1 << random.nextInt(8)); // S
        default -> message[random.nextInt(message.length)] ^= 1;
      }
      items.set(bad, new BatchVerification.Item(item.publicKey(), message, signature));
      assertFalse(Ed25519.verify(signature, 0, item.publicKey(), 0, message, 0, message.length));
      assertFalse(BatchVerification.allVerify(items, RANDOM), "trial " + trial);
    }
  }

  @Test
  void refusesASignatureUnderAnotherKey() {
    List<BatchVerification.Item> items = signed(20, 2, new Random(4));
    List<BatchVerification.Item> other = signed(1, 1, new Random(5));
    BatchVerification.Item item = items.get(7);
    items.set(7, new BatchVerification.Item(other.getFirst().publicKey(), item.message(), item.signature()));
    assertFalse(BatchVerification.allVerify(items, RANDOM));
  }

  @Test
  void refusesANonCanonicalS() {
    List<BatchVerification.Item> items = signed(5, 1, new Random(6));
    byte[] signature = items.get(2).signature().clone();
    // S + ℓ: the same point equation, but S is not reduced (RFC 8032 requires S < ℓ).
    java.math.BigInteger l = java.math.BigInteger.TWO.pow(252).add(new java.math.BigInteger("27742317777372353535851937790883648493"));
    byte[] sBig = new byte[32];
    for (int i = 0; i < 32; i++) {
      sBig[i] = signature[63 - i];
    }
    byte[] sum = new java.math.BigInteger(1, sBig).add(l).toByteArray();
    byte[] padded = new byte[32];
    System.arraycopy(sum, Math.max(0, sum.length - 32), padded, 32 - Math.min(32, sum.length), Math.min(32, sum.length));
    for (int i = 0; i < 32; i++) {
      signature[32 + i] = padded[31 - i];
    }
    items.set(2, new BatchVerification.Item(items.get(2).publicKey(), items.get(2).message(), signature));
    assertFalse(BatchVerification.allVerify(items, RANDOM));
  }

  @Test
  void refusesAnRThatIsNotAPoint() {
    List<BatchVerification.Item> items = signed(5, 1, new Random(7));
    byte[] signature = items.get(0).signature().clone();
    for (int i = 0; i < 32; i++) {
      signature[i] = (byte) 0xff; // y = 2^255 − 1 ≥ p: not a canonical encoding
    }
    items.set(0, new BatchVerification.Item(items.get(0).publicKey(), items.get(0).message(), signature));
    assertFalse(BatchVerification.allVerify(items, RANDOM));
  }

  private static List<BatchVerification.Item> signed(int count, int signers, Random random) {
    byte[][] secrets = new byte[signers][32];
    byte[][] publics = new byte[signers][32];
    for (int k = 0; k < signers; k++) {
      random.nextBytes(secrets[k]);
      Ed25519.generatePublicKey(secrets[k], 0, publics[k], 0);
    }
    List<BatchVerification.Item> items = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      int k = random.nextInt(signers);
      byte[] message = new byte[32];
      random.nextBytes(message);
      byte[] signature = new byte[64];
      Ed25519.sign(secrets[k], 0, message, 0, message.length, signature, 0);
      items.add(new BatchVerification.Item(publics[k], message, signature));
    }
    return items;
  }
}
