package org.serge.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class KeysTest {
  private static final HexFormat HEX = HexFormat.of();

  @Test
  void rfc8032TestVectorOne() {
    SigningKey key = SigningKey.fromSeed(
        HEX.parseHex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60"));
    assertEquals("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a",
        HEX.formatHex(Base64.getDecoder().decode(key.verifyingKey().toText())));
    assertEquals("e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590"
        + "a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b",
        HEX.formatHex(key.sign(new byte[0])));
  }

  @Test
  void keysSurviveTheirTextForm() {
    SigningKey key = SigningKey.generate();
    SigningKey again = SigningKey.fromText(key.toText());
    assertEquals(key.verifyingKey(), again.verifyingKey());
    VerifyingKey reread = VerifyingKey.fromText(key.verifyingKey().toText());
    assertEquals(key.id(), reread.id());
    byte[] message = "hello".getBytes();
    assertTrue(reread.verifies(message, again.sign(message)));
    assertFalse(reread.verifies("hellp".getBytes(), again.sign(message)));
    assertFalse(reread.verifies(message, new byte[10]));
  }

  @Test
  void keyIdIsSixteenHexOfTheSha256OfThePublicKey() {
    VerifyingKey key = Chains.KEY.verifyingKey();
    byte[] raw = Base64.getDecoder().decode(key.toText());
    assertEquals(Hashes.sha256Hex(raw).substring(0, 16), key.id());
    assertNotEquals(Chains.KEY.id(), Chains.OTHER.id());
    assertFalse(Chains.KEY.toString().contains(Chains.KEY.toText()));
  }

  @Test
  void malformedKeyTextIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> SigningKey.fromText("AAAA"));
    assertThrows(IllegalArgumentException.class, () -> VerifyingKey.fromText("not base64!"));
  }
}
