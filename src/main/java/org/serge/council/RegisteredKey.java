package org.serge.council;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A verifying key the record accepts signatures from: the instance's (member null) or a
 * member's own. Verification of the log finds keys here.
 */
public record RegisteredKey(String id, String member, String publicKey, long seq) implements Row {
  public static final List<String> COLUMNS = List.of("id", "member", "public_key", "seq");

  public String key() {
    return id;
  }

  public Map<String, Object> columns() {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("id", id);
    c.put("member", member);
    c.put("public_key", publicKey);
    c.put("seq", seq);
    return c;
  }
}
