package org.serge.council.planning;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.serge.council.Row;

/**
 * A council's proposal in a planning round (query table {@code round_proposals}): every proposal ever
 * made stays, the one in force marked {@code current}; a revision replaces it (status {@code replaced},
 * with the seq of the revision). An iteration sums the current proposal of every council.
 *
 * @param id {@code rp-SEQ}, SEQ the event that recorded it
 * @param kind {@code demand} (a neighbourhood council) or {@code production} (a workplace council)
 * @param proposal its figures as canonical JSON (members, hours, quantities by product code…)
 * @param submittedBy the member who submitted it for the council
 * @param status {@code current} or {@code replaced}
 * @param replacedSeq the event of the revision that replaced it, or null
 */
public record RoundProposal(String id, String round, String council, String kind, String proposal,
    String submittedBy, String submitted, String status, Long replacedSeq, long seq) implements Row {
  public static final List<String> COLUMNS = List.of("id", "round", "council", "kind", "proposal", "submitted_by",
      "submitted", "status", "replaced_seq", "seq");
  public static final String PREFIX = "rp-";

  public String key() {
    return id;
  }

  boolean current() {
    return status.equals("current");
  }

  RoundProposal replaced(long bySeq) {
    return new RoundProposal(id, round, council, kind, proposal, submittedBy, submitted, "replaced", bySeq, seq);
  }

  public Map<String, Object> columns() {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("id", id);
    c.put("round", round);
    c.put("council", council);
    c.put("kind", kind);
    c.put("proposal", proposal);
    c.put("submitted_by", submittedBy);
    c.put("submitted", submitted);
    c.put("status", status);
    c.put("replaced_seq", replacedSeq);
    c.put("seq", seq);
    return c;
  }
}
