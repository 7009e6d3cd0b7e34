package org.serge.council.deliberation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.serge.council.Row;

/**
 * A moderator's act of hiding content, with the reason, for ever: the content stays in its
 * table and in the record, shown with this row. Its author may appeal ({@link Appeal}).
 *
 * @param id {@code h-SEQ}
 * @param status {@code hidden}, {@code appealed} (an appeal is open), {@code upheld} (the appeal
 *     was rejected: final) or {@code restored} (the appeal was adopted: shown again)
 * @param appeal the motion of the last appeal, or null
 * @param decision the decision that upheld or restored it, or null
 * @param ended when it was restored, or null while in force
 */
public record Hiding(
    String id, String council, String content, String contentType, String moderator, String reason, String status,
    String appeal, String decision, String hidden, String ended, long seq, Long endSeq) implements Row {
  public static final List<String> COLUMNS = List.of("id", "council", "content", "content_type", "moderator",
      "reason", "status", "appeal", "decision", "hidden", "ended", "seq", "end_seq");

  public static String id(long seq) {
    return "h-" + seq;
  }

  public String key() {
    return id;
  }

  /** Whether the content is hidden by it now. */
  public boolean inForce() {
    return ended == null;
  }

  public Hiding withStatus(String newStatus, String newAppeal, String newDecision) {
    return new Hiding(id, council, content, contentType, moderator, reason, newStatus,
        newAppeal == null ? appeal : newAppeal, newDecision == null ? decision : newDecision, hidden, ended, seq,
        endSeq);
  }

  public Hiding restored(String decisionId, String time, long endingSeq) {
    return new Hiding(id, council, content, contentType, moderator, reason, "restored", appeal, decisionId, hidden,
        time, seq, endingSeq);
  }

  public Map<String, Object> columns() {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("id", id);
    c.put("council", council);
    c.put("content", content);
    c.put("content_type", contentType);
    c.put("moderator", moderator);
    c.put("reason", reason);
    c.put("status", status);
    c.put("appeal", appeal);
    c.put("decision", decision);
    c.put("hidden", hidden);
    c.put("ended", ended);
    c.put("seq", seq);
    c.put("end_seq", endSeq);
    return c;
  }
}
