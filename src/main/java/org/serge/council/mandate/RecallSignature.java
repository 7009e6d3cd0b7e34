package org.serge.council.mandate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.serge.council.Row;

/**
 * A member's signature on a recall petition (its petitioner signs first, by starting it).
 *
 * @param id {@code PETITION/MEMBER}: {@code rp-40/bob}
 */
public record RecallSignature(String id, String petition, String member, String signed, long seq) implements Row {
  public static final List<String> COLUMNS = List.of("id", "petition", "member", "signed", "seq");

  public static String id(String petition, String member) {
    return petition + "/" + member;
  }

  public String key() {
    return id;
  }

  public Map<String, Object> columns() {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("id", id);
    c.put("petition", petition);
    c.put("member", member);
    c.put("signed", signed);
    c.put("seq", seq);
    return c;
  }
}
