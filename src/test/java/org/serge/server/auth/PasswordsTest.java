package org.serge.server.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.junit.jupiter.api.Test;
import org.serge.InvalidInputException;

class PasswordsTest {
  @Test
  void aHashVerifiesItsPasswordOnly() {
    String hash = Passwords.hash("correct horse battery");
    assertTrue(hash.startsWith("$argon2id$v=19$m=19456,t=2,p=1$"), hash);
    assertTrue(Passwords.verify("correct horse battery", hash));
    assertFalse(Passwords.verify("correct horse batterY", hash));
    assertNotEquals(hash, Passwords.hash("correct horse battery"), "a fresh salt each time");
    assertFalse(Passwords.verify("x", "$argon2id$garbage"));
    assertFalse(Passwords.verify("x", null));
  }

  /** RFC 9106 §5.3 test vector for Argon2id (with secret and associated data), as Bouncy Castle computes it. */
  @Test
  void theGeneratorIsArgon2idOfRfc9106() {
    byte[] password = new byte[32];
    java.util.Arrays.fill(password, (byte) 1);
    byte[] salt = new byte[16];
    java.util.Arrays.fill(salt, (byte) 2);
    byte[] secret = new byte[8];
    java.util.Arrays.fill(secret, (byte) 3);
    byte[] ad = new byte[12];
    java.util.Arrays.fill(ad, (byte) 4);
    Argon2BytesGenerator g = new Argon2BytesGenerator();
    g.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id).withVersion(Argon2Parameters.ARGON2_VERSION_13)
        .withSalt(salt).withSecret(secret).withAdditional(ad).withMemoryAsKB(32).withIterations(3)
        .withParallelism(4).build());
    byte[] out = new byte[32];
    g.generateBytes(password, out);
    assertEquals("0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659", HexFormat.of().formatHex(out));
  }

  @Test
  void shortPasswordsAreBadInput() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> Passwords.checkStrength("short"));
    assertEquals("password", e.field());
    Passwords.checkStrength("long enough".repeat(1));
    assertEquals(11, "long enough".getBytes(StandardCharsets.UTF_8).length);
  }
}
