package org.serge.council.deliberation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A proposal put to a council (or a federation's assembly) for debate and a decision of its
 * kind. Its words live in its versions ({@link ProposalVersion}), none ever overwritten; this
 * row says where it stands.
 *
 * @param id {@code p-SEQ}, SEQ the event that made it
 * @param kind the kind of decision it asks for ({@code ordinary}, {@code plan}, …)
 * @param title the title of its current version
 * @param version its current version, from 1
 * @param status {@code open} for debate, {@code voting}, {@code adopted}, {@code rejected},
 *     {@code lapsed} (no quorum) or {@code withdrawn}
 * @param motion the motion that put it to the vote, or null before
 * @param decision the decision on it, or null until its motion closed
 * @param hiding the hiding in force, or null while shown
 * @param created when it was made, in record time format
 */
public record Proposal(
    String id, String council, String kind, String author, String title, long version, String status,
    String motion, String decision, String hiding, String created, long seq) implements Content {
  public static final List<String> COLUMNS = List.of("id", "council", "kind", "author", "title", "version",
      "status", "motion", "decision", "hiding", "created", "seq");

  public static String id(long seq) {
    return "p-" + seq;
  }

  public String contentType() {
    return "proposal";
  }

  public boolean isOpen() {
    return status.equals("open");
  }

  public Proposal withHiding(String hidingId) {
    return new Proposal(id, council, kind, author, title, version, status, motion, decision, hidingId, created, seq);
  }

  /** With a new current version. */
  public Proposal revised(long newVersion, String newTitle) {
    return new Proposal(id, council, kind, author, newTitle, newVersion, status, motion, decision, hiding, created,
        seq);
  }

  /** With a new status, and the motion and decision that led to it (null to keep them). */
  public Proposal withStatus(String newStatus, String newMotion, String newDecision) {
    return new Proposal(id, council, kind, author, title, version, newStatus,
        newMotion == null ? motion : newMotion, newDecision == null ? decision : newDecision, hiding, created, seq);
  }

  public Map<String, Object> columns() {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("id", id);
    c.put("council", council);
    c.put("kind", kind);
    c.put("author", author);
    c.put("title", title);
    c.put("version", version);
    c.put("status", status);
    c.put("motion", motion);
    c.put("decision", decision);
    c.put("hiding", hiding);
    c.put("created", created);
    c.put("seq", seq);
    return c;
  }
}
