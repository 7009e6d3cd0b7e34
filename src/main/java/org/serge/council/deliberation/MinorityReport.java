package org.serge.council.deliberation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A minority report on a decision: the case of those who lost, published with the decision
 * wherever it is shown. Attached at once when its author voted on the losing side; otherwise
 * it gathers signatures until the constitution's {@code minority-reports.members} members have
 * signed it (its author first), and is attached then.
 *
 * @param id {@code r-SEQ}
 * @param route {@code losing-side} or {@code signatures}
 * @param status {@code gathering} (signatures) or {@code attached}
 * @param signatures how many members have signed it, its author included
 * @param attached when it was attached, or null while it gathers signatures
 */
public record MinorityReport(
    String id, String council, String decision, String author, String title, String text, String route,
    String status, long signatures, String hiding, String written, String attached, long seq) implements Content {
  public static final List<String> COLUMNS = List.of("id", "council", "decision", "author", "title", "text", "route",
      "status", "signatures", "hiding", "written", "attached", "seq");

  public static String id(long seq) {
    return "r-" + seq;
  }

  public String contentType() {
    return "minority-report";
  }

  public boolean isAttached() {
    return status.equals("attached");
  }

  public MinorityReport withHiding(String hidingId) {
    return new MinorityReport(id, council, decision, author, title, text, route, status, signatures, hidingId,
        written, attached, seq);
  }

  public MinorityReport signed() {
    return new MinorityReport(id, council, decision, author, title, text, route, status, signatures + 1, hiding,
        written, attached, seq);
  }

  public MinorityReport attachedAt(String time) {
    return new MinorityReport(id, council, decision, author, title, text, route, "attached", signatures, hiding,
        written, time, seq);
  }

  public Map<String, Object> columns() {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("id", id);
    c.put("council", council);
    c.put("decision", decision);
    c.put("author", author);
    c.put("title", title);
    c.put("text", text);
    c.put("route", route);
    c.put("status", status);
    c.put("signatures", signatures);
    c.put("hiding", hiding);
    c.put("written", written);
    c.put("attached", attached);
    c.put("seq", seq);
    return c;
  }
}
