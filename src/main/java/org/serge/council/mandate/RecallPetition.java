package org.serge.council.mandate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.serge.council.Row;

/**
 * A petition of a council's members to recall one of its delegates. It gathers signatures
 * (its petitioner's first) until they reach the constitution's {@code recall.petition} share of
 * those who act in the council; then a recall vote opens by itself.
 *
 * @param id {@code rp-SEQ}
 * @param delegate the member holding the mandate
 * @param status {@code gathering}, {@code voting}, then the vote's outcome: {@code adopted}
 *     (recalled), {@code rejected} or {@code lapsed}
 * @param signatures how many members have signed, the petitioner included
 * @param motion the recall vote, once open; {@code decision} its decision, once closed
 */
public record RecallPetition(
    String id, String council, String mandate, String delegate, String petitioner, String grounds, String status,
    long signatures, String motion, String decision, String started, long seq) implements Row {
  public static final List<String> COLUMNS = List.of("id", "council", "mandate", "delegate", "petitioner",
      "grounds", "status", "signatures", "motion", "decision", "started", "seq");

  public static String id(long seq) {
    return "rp-" + seq;
  }

  public String key() {
    return id;
  }

  /** Whether it still gathers signatures or its vote is open: no other petition on the mandate meanwhile. */
  public boolean isOpen() {
    return status.equals("gathering") || status.equals("voting");
  }

  public RecallPetition signed() {
    return new RecallPetition(id, council, mandate, delegate, petitioner, grounds, status, signatures + 1, motion,
        decision, started, seq);
  }

  public RecallPetition withStatus(String newStatus, String newMotion, String newDecision) {
    return new RecallPetition(id, council, mandate, delegate, petitioner, grounds, newStatus, signatures, newMotion,
        newDecision, started, seq);
  }

  public Map<String, Object> columns() {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("id", id);
    c.put("council", council);
    c.put("mandate", mandate);
    c.put("delegate", delegate);
    c.put("petitioner", petitioner);
    c.put("grounds", grounds);
    c.put("status", status);
    c.put("signatures", signatures);
    c.put("motion", motion);
    c.put("decision", decision);
    c.put("started", started);
    c.put("seq", seq);
    return c;
  }
}
