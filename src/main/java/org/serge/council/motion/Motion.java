package org.serge.council.motion;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.serge.council.Row;

/**
 * A question put to a council's members (or a federation's assembly) for an open, named
 * vote. Its {@code subject} says what adoption does: a plain resolution does nothing more;
 * a recall ends a mandate; an adopted proposal becomes a decision ({@link Consequences}).
 *
 * @param id {@code m-SEQ}, SEQ the event that opened it
 * @param kind the kind of decision ({@code ordinary}, {@code plan}, …), which picks the
 *     quorum and threshold of the constitution
 * @param subjectType what the motion decides: {@code resolution}, {@code proposal}, {@code mandate} (a
 *     recall), …
 * @param subjectId the id of that subject (a mandate, a proposal), or null for a resolution
 * @param opened when it opened; those entitled at that time vote
 * @param closes when its period ends
 * @param status {@code open}, {@code adopted}, {@code rejected} or {@code lapsed} (no quorum)
 * @param yes votes for, once closed (null while open); likewise {@code no}, {@code abstain}
 * @param entitled how many were entitled to vote, once closed
 */
public record Motion(
    String id, String council, String kind, String title, String text, String subjectType, String subjectId,
    String openedBy, String opened, String closes, String status, Long yes, Long no, Long abstain, Long entitled,
    long seq, Long closedSeq) implements Row {
  public static final List<String> COLUMNS = List.of("id", "council", "kind", "title", "text", "subject_type",
      "subject_id", "opened_by", "opened", "closes", "status", "yes", "no", "abstain", "entitled", "seq",
      "closed_seq");

  public static String id(long seq) {
    return "m-" + seq;
  }

  public String key() {
    return id;
  }

  public boolean isOpen() {
    return status.equals("open");
  }

  public Motion closed(String outcome, long yes, long no, long abstain, long entitled, long closingSeq) {
    return new Motion(id, council, kind, title, text, subjectType, subjectId, openedBy, opened, closes, outcome,
        yes, no, abstain, entitled, seq, closingSeq);
  }

  public Map<String, Object> columns() {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("id", id);
    c.put("council", council);
    c.put("kind", kind);
    c.put("title", title);
    c.put("text", text);
    c.put("subject_type", subjectType);
    c.put("subject_id", subjectId);
    c.put("opened_by", openedBy);
    c.put("opened", opened);
    c.put("closes", closes);
    c.put("status", status);
    c.put("yes", yes);
    c.put("no", no);
    c.put("abstain", abstain);
    c.put("entitled", entitled);
    c.put("seq", seq);
    c.put("closed_seq", closedSeq);
    return c;
  }
}
