package org.serge.council.deliberation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.serge.council.Row;

/**
 * A member's signature on a minority report (its author signs first, by writing it).
 *
 * @param id {@code REPORT/MEMBER}: {@code r-40/bob}
 */
public record ReportSignature(String id, String report, String member, String signed, long seq) implements Row {
  public static final List<String> COLUMNS = List.of("id", "report", "member", "signed", "seq");

  public static String id(String report, String member) {
    return report + "/" + member;
  }

  public String key() {
    return id;
  }

  public Map<String, Object> columns() {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("id", id);
    c.put("report", report);
    c.put("member", member);
    c.put("signed", signed);
    c.put("seq", seq);
    return c;
  }
}
