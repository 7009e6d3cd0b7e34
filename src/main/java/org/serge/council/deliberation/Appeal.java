package org.serge.council.deliberation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.serge.council.Row;

/**
 * An author's appeal against the hiding of their content, put to the council as a motion of
 * kind {@code appeal}; the moderator who hid it does not vote.
 *
 * @param id the appeal's motion ({@code m-SEQ})
 * @param grounds why the author appeals
 * @param status {@code open}, {@code adopted} (content restored), {@code rejected} (stays
 *     hidden) or {@code lapsed} (no quorum: may be made again)
 * @param decision the decision on it once closed, or null
 */
public record Appeal(
    String id, String council, String hiding, String content, String appellant, String grounds, String status,
    String decision, String opened, long seq) implements Row {
  public static final List<String> COLUMNS = List.of("id", "council", "hiding", "content", "appellant", "grounds",
      "status", "decision", "opened", "seq");

  public String key() {
    return id;
  }

  public Appeal decided(String outcome, String decisionId) {
    return new Appeal(id, council, hiding, content, appellant, grounds, outcome, decisionId, opened, seq);
  }

  public Map<String, Object> columns() {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("id", id);
    c.put("council", council);
    c.put("hiding", hiding);
    c.put("content", content);
    c.put("appellant", appellant);
    c.put("grounds", grounds);
    c.put("status", status);
    c.put("decision", decision);
    c.put("opened", opened);
    c.put("seq", seq);
    return c;
  }
}
