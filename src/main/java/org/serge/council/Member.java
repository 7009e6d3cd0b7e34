package org.serge.council;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A person known to the record. Membership of councils is separate ({@link Membership}):
 * one person is typically in a workplace council and a neighbourhood council.
 */
public record Member(String id, String name, String registered, long seq) implements Row {
  public static final List<String> COLUMNS = List.of("id", "name", "registered", "seq");

  public String key() {
    return id;
  }

  public Map<String, Object> columns() {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("id", id);
    c.put("name", name);
    c.put("registered", registered);
    c.put("seq", seq);
    return c;
  }
}
