package org.serge.council.deliberation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.serge.council.Row;

/**
 * The outcome of a motion on a proposal, an amendment, an appeal or a moderator's election,
 * recorded whatever it was, so that minority reports and comments can attach to it. Show it
 * through {@link Deliberation#decision}, which brings its minority reports with it.
 *
 * @param id {@code d-SEQ}
 * @param motion the motion whose closing recorded it
 * @param kind the kind of decision, whose rule applied
 * @param subjectType {@code proposal}, {@code amendment}, {@code appeal} or {@code moderator}
 * @param subjectId the proposal, amendment, hiding or member decided on
 * @param proposal the proposal concerned (for a proposal or an amendment), else null
 * @param version for a proposal, the version voted on; for an adopted amendment, the version it
 *     made; else null
 * @param outcome {@code adopted}, {@code rejected} or {@code lapsed} (no quorum)
 * @param rule the constitution's rule that applied ({@code decisions.plan})
 * @param yes the tally: yes, no, abstain and how many were entitled
 */
public record Decision(
    String id, String council, String motion, String kind, String subjectType, String subjectId, String proposal,
    Long version, String outcome, String rule, long yes, long no, long abstain, long entitled, String recorded,
    long seq) implements Row {
  public static final List<String> COLUMNS = List.of("id", "council", "motion", "kind", "subject_type", "subject_id",
      "proposal", "version", "outcome", "rule", "yes", "no", "abstain", "entitled", "recorded", "seq");

  public static String id(long seq) {
    return "d-" + seq;
  }

  public String key() {
    return id;
  }

  /** Whether a decision was taken (adopted or rejected), rather than lapsed for want of a quorum. */
  public boolean taken() {
    return outcome.equals("adopted") || outcome.equals("rejected");
  }

  /** The choice of those on the losing side: {@code no} when adopted, {@code yes} when rejected. */
  public String losingChoice() {
    return outcome.equals("adopted") ? "no" : "yes";
  }

  public Map<String, Object> columns() {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("id", id);
    c.put("council", council);
    c.put("motion", motion);
    c.put("kind", kind);
    c.put("subject_type", subjectType);
    c.put("subject_id", subjectId);
    c.put("proposal", proposal);
    c.put("version", version);
    c.put("outcome", outcome);
    c.put("rule", rule);
    c.put("yes", yes);
    c.put("no", no);
    c.put("abstain", abstain);
    c.put("entitled", entitled);
    c.put("recorded", recorded);
    c.put("seq", seq);
    return c;
  }
}
