package org.serge.council.deliberation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A change to a proposal, offered by anyone who acts in its council: a whole new title and
 * text, written on one version. The proposal's author may accept it, or it is put to the vote;
 * whatever becomes of it, the row stays with its outcome.
 *
 * @param id {@code a-SEQ}
 * @param baseVersion the version of the proposal it was written on
 * @param reason why the author proposes it ("" when none given)
 * @param status {@code pending}, {@code accepted} (by the proposal's author), {@code voting},
 *     {@code adopted}, {@code rejected}, {@code lapsed} (no quorum) or {@code withdrawn}
 * @param motion the motion that put it to the vote, or null
 * @param decision the decision on that motion, or null
 * @param version the version of the proposal it made, once accepted or adopted; else null
 */
public record Amendment(
    String id, String council, String proposal, long baseVersion, String author, String title, String text,
    String reason, String status, String motion, String decision, Long version, String hiding, String created,
    long seq) implements Content {
  public static final List<String> COLUMNS = List.of("id", "council", "proposal", "base_version", "author", "title",
      "text", "reason", "status", "motion", "decision", "version", "hiding", "created", "seq");

  public static String id(long seq) {
    return "a-" + seq;
  }

  public String contentType() {
    return "amendment";
  }

  public boolean isPending() {
    return status.equals("pending");
  }

  public Amendment withHiding(String hidingId) {
    return new Amendment(id, council, proposal, baseVersion, author, title, text, reason, status, motion, decision,
        version, hidingId, created, seq);
  }

  /** With a new status, and the motion, decision and version that came with it (null to keep them). */
  public Amendment withStatus(String newStatus, String newMotion, String newDecision, Long madeVersion) {
    return new Amendment(id, council, proposal, baseVersion, author, title, text, reason, newStatus,
        newMotion == null ? motion : newMotion, newDecision == null ? decision : newDecision,
        madeVersion == null ? version : madeVersion, hiding, created, seq);
  }

  public Map<String, Object> columns() {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("id", id);
    c.put("council", council);
    c.put("proposal", proposal);
    c.put("base_version", baseVersion);
    c.put("author", author);
    c.put("title", title);
    c.put("text", text);
    c.put("reason", reason);
    c.put("status", status);
    c.put("motion", motion);
    c.put("decision", decision);
    c.put("version", version);
    c.put("hiding", hiding);
    c.put("created", created);
    c.put("seq", seq);
    return c;
  }
}
