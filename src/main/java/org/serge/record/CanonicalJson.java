package org.serge.record;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The canonical JSON form of the record: deterministic bytes for hashing and signing, a
 * strict subset of RFC 8785 (JCS).
 *
 * <ul>
 *   <li>UTF-8, no whitespace anywhere;
 *   <li>object members sorted by key, comparing UTF-16 code units (as RFC 8785 does);
 *       duplicate keys cannot occur (a Jackson tree keeps one);
 *   <li>strings escape only {@code "} and {@code \}, {@code \b \f \n \r \t}, and other
 *       control characters below U+0020 as {@code \}{@code u00xx} (lower-case hex);
 *       everything else is written as itself; unpaired surrogates are refused;
 *   <li>numbers must be integers with magnitude at most 2<sup>53</sup>−1, written in plain
 *       decimal (so they mean the same thing to every JSON reader). Fractions and floats
 *       are refused: write decimals as strings, e.g. {@code "12.50"};
 *   <li>{@code true}, {@code false}, {@code null} as themselves.
 * </ul>
 *
 * <p>Stateless and thread-safe. Arguments must not be null.
 */
public final class CanonicalJson {
  /** The largest integer magnitude every IEEE-double JSON reader represents exactly. */
  public static final long MAX_SAFE_INTEGER = (1L << 53) - 1;

  private static final BigInteger MAX = BigInteger.valueOf(MAX_SAFE_INTEGER);
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private CanonicalJson() {}

  /** The canonical text of {@code node}; throws IllegalArgumentException if not allowed. */
  public static String write(JsonNode node) {
    StringBuilder out = new StringBuilder(128);
    write(node, out, "$");
    return out.toString();
  }

  /** The canonical UTF-8 bytes of {@code node}. */
  public static byte[] bytes(JsonNode node) {
    return write(node).getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Why {@code node} has no canonical form (path and reason), or null when it has one.
   * Used by readers to turn a refusal into an input error.
   */
  public static String problem(JsonNode node) {
    try {
      write(node);
      return null;
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
  }

  static void write(JsonNode node, StringBuilder out, String path) {
    switch (node.getNodeType()) {
      case OBJECT -> writeObject(node, out, path);
      case ARRAY -> {
        out.append('[');
        for (int i = 0; i < node.size(); i++) {
          if (i > 0) {
            out.append(',');
          }
          write(node.get(i), out, path + "[" + i + "]");
        }
        out.append(']');
      }
      case STRING -> writeString(node.textValue(), out, path);
      case NUMBER -> writeNumber(node, out, path);
      case BOOLEAN -> out.append(node.booleanValue());
      case NULL -> out.append("null");
      default ->
          throw new IllegalArgumentException(path + ": " + node.getNodeType() + " is not JSON");
    }
  }

  private static void writeObject(JsonNode node, StringBuilder out, String path) {
    List<Map.Entry<String, JsonNode>> members = new ArrayList<>(node.size());
    node.properties().forEach(members::add);
    // String.compareTo compares UTF-16 code units, exactly the order RFC 8785 prescribes.
    members.sort(Map.Entry.comparingByKey());
    out.append('{');
    boolean first = true;
    for (Map.Entry<String, JsonNode> member : members) {
      if (!first) {
        out.append(',');
      }
      first = false;
      writeString(member.getKey(), out, path);
      out.append(':');
      write(member.getValue(), out, path + "." + member.getKey());
    }
    out.append('}');
  }

  private static void writeNumber(JsonNode node, StringBuilder out, String path) {
    if (!node.isIntegralNumber()) {
      throw new IllegalArgumentException(
          path + ": " + node + " is not an integer (write decimals as strings)");
    }
    BigInteger value = node.bigIntegerValue();
    if (value.abs().compareTo(MAX) > 0) {
      throw new IllegalArgumentException(path + ": " + value + " exceeds 2^53-1 in magnitude");
    }
    out.append(value);
  }

  static void writeString(String s, StringBuilder out, String path) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xf]);
          } else if (Character.isHighSurrogate(c)
              && i + 1 < s.length()
              && Character.isLowSurrogate(s.charAt(i + 1))) {
            out.append(c).append(s.charAt(++i));
          } else if (Character.isSurrogate(c)) {
            throw new IllegalArgumentException(path + ": unpaired surrogate in a string");
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
