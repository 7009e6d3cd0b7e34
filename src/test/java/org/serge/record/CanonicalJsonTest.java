package org.serge.record;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CanonicalJsonTest {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  @Test
  void goldenBytesForAFixedPayload() {
    ObjectNode node = F.objectNode();
    node.put("z", 1);
    node.put("\u00e9", true);
    ArrayNode list = node.putArray("A");
    list.addNull().add(-5);
    list.addObject().put("b", 2).put("a", "\u0001");
    node.put("a", "x\ny\"\\/\t");
    String expected =
        "{\"A\":[null,-5,{\"a\":\"\\u0001\",\"b\":2}],\"a\":\"x\\ny\\\"\\\\/\\t\",\"z\":1,"
            + "\"\u00e9\":true}";
    assertEquals(expected, CanonicalJson.write(node));
    byte[] bytes = CanonicalJson.bytes(node);
    // é is two UTF-8 bytes, c3 a9, written as itself rather than escaped.
    assertEquals((byte) 0xc3, bytes[bytes.length - 9]);
    assertEquals((byte) 0xa9, bytes[bytes.length - 8]);
  }

  @Test
  void goldenHashedFormOfAnEvent() {
    ObjectNode payload = F.objectNode().put("name", "leeds-rail");
    Event e = Ledger.append(null, Chains.START, "federation:uk", "member:ana",
        "council.created", payload, Chains.KEY);
    String expected = "{\"actor\":\"member:ana\",\"payload\":{\"name\":\"leeds-rail\"},"
        + "\"prevHash\":\"" + "0".repeat(64) + "\",\"scope\":\"federation:uk\",\"seq\":1,"
        + "\"signer\":\"" + Chains.KEY.id() + "\",\"time\":\"2026-01-01T00:00:00.000Z\","
        + "\"type\":\"council.created\"}";
    assertEquals(expected, new String(e.hashedBytes(), StandardCharsets.UTF_8));
    assertEquals(Hashes.sha256Hex(expected.getBytes(StandardCharsets.UTF_8)), e.hash());
  }

  @Test
  void keysAreSortedByUtf16CodeUnitsAsInRfc8785() {
    // U+1F600 (a surrogate pair, d83d...) sorts before U+FB01 (one code unit, fb01) in
    // UTF-16 order, though after it by code point.
    ObjectNode node = F.objectNode();
    node.put("\ufb01", 1);
    node.put("\ud83d\ude00", 2);
    assertEquals("{\"\ud83d\ude00\":2,\"\ufb01\":1}", CanonicalJson.write(node));
  }

  @Test
  void floatsLargeNumbersAndLoneSurrogatesAreRefused() {
    assertThrows(IllegalArgumentException.class,
        () -> CanonicalJson.write(F.objectNode().put("x", 1.5)));
    assertThrows(IllegalArgumentException.class,
        () -> CanonicalJson.write(F.objectNode().put("x", new BigDecimal("2.0"))));
    assertThrows(IllegalArgumentException.class,
        () -> CanonicalJson.write(F.objectNode().put("x", 1L << 53)));
    assertEquals("{\"x\":-9007199254740991}",
        CanonicalJson.write(F.objectNode().put("x", -CanonicalJson.MAX_SAFE_INTEGER)));
    assertThrows(IllegalArgumentException.class,
        () -> CanonicalJson.write(F.objectNode().put("x", "\ud800")));
  }

  @Test
  void randomPayloadsAreKeyOrderIndependentAndStable() throws Exception {
    Random random = new Random(20261125L);
    ObjectMapper mapper = new ObjectMapper();
    for (int trial = 0; trial < 500; trial++) {
      long seed = random.nextLong();
      JsonNode one = randomObject(new Random(seed), 3, false);
      JsonNode shuffled = randomObject(new Random(seed), 3, true);
      String text = CanonicalJson.write(one);
      assertEquals(one, shuffled, "same content");
      assertArrayEquals(CanonicalJson.bytes(one), CanonicalJson.bytes(shuffled));
      // Canonical text read back is the same value and writes the same bytes again.
      JsonNode reread = mapper.readTree(text);
      assertEquals(text, CanonicalJson.write(reread));
    }
  }

  private static ObjectNode randomObject(Random random, int depth, boolean shuffle) {
    int size = random.nextInt(6);
    List<String> keys = new ArrayList<>();
    List<JsonNode> values = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      keys.add(randomString(random) + i);
      values.add(randomValue(random, depth - 1, shuffle));
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      order.add(i);
    }
    if (shuffle) {
      Collections.shuffle(order, new Random(size * 31L + depth));
    }
    ObjectNode node = F.objectNode();
    for (int i : order) {
      node.set(keys.get(i), values.get(i));
    }
    return node;
  }

  private static JsonNode randomValue(Random random, int depth, boolean shuffle) {
    int kind = random.nextInt(depth > 0 ? 7 : 5);
    return switch (kind) {
      case 0 -> F.nullNode();
      case 1 -> F.booleanNode(random.nextBoolean());
      case 2 -> F.numberNode(random.nextLong() % CanonicalJson.MAX_SAFE_INTEGER);
      case 3, 4 -> F.textNode(randomString(random));
      case 5 -> {
        ArrayNode array = F.arrayNode();
        int n = random.nextInt(4);
        for (int i = 0; i < n; i++) {
          array.add(randomValue(random, depth - 1, shuffle));
        }
        yield array;
      }
      default -> randomObject(random, depth - 1, shuffle);
    };
  }

  private static String randomString(Random random) {
    String alphabet = "aZ09 \"\\\n\t\u0001\u007f\u00e9\u20ac\ud83d\ude00";
    StringBuilder s = new StringBuilder();
    int n = random.nextInt(6);
    for (int i = 0; i < n; i++) {
      int at = random.nextInt(alphabet.length() - 1);
      if (Character.isHighSurrogate(alphabet.charAt(at))) {
        s.append(alphabet, at, at + 2);
      } else if (!Character.isLowSurrogate(alphabet.charAt(at))) {
        s.append(alphabet.charAt(at));
      }
    }
    return s.toString();
  }
}
