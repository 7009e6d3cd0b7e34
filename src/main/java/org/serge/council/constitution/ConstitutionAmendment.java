package org.serge.council.constitution;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.serge.council.Row;

/**
 * An amendment of a top-level federation's constitution: the whole new constitution, put to the
 * federation's assembly by a motion of kind {@code constitutional}; once adopted it waits for its
 * member councils to ratify it, each by its own decision, and takes effect when
 * {@code amendment.ratification} of them have.
 *
 * @param id the id of the assembly's motion ({@code m-SEQ})
 * @param constitution the new constitution, canonical JSON
 * @param status {@code voting}, then {@code rejected} or {@code lapsed}, or {@code ratifying}, then
 *     {@code in-force} or {@code failed} (too many councils declined for the share to be reached)
 * @param decision the assembly's decision, once taken
 * @param ratified how many member councils ratified it; {@code declined} how many rejected it
 * @param inForce when it took effect, or null
 */
public record ConstitutionAmendment(
    String id, String federation, String constitution, String status, String decision, long ratified,
    long declined, String proposed, String inForce, long seq) implements Row {
  public static final List<String> COLUMNS = List.of("id", "federation", "constitution", "status", "decision",
      "ratified", "declined", "proposed", "in_force", "seq");

  public String key() {
    return id;
  }

  /** Whether it is still under vote or awaiting ratification: no other amendment of the federation meanwhile. */
  public boolean isPending() {
    return status.equals("voting") || status.equals("ratifying");
  }

  public ConstitutionAmendment decided(String outcome, String decisionId) {
    return new ConstitutionAmendment(id, federation, constitution, outcome.equals("adopted") ? "ratifying" : outcome,
        decisionId, ratified, declined, proposed, inForce, seq);
  }

  public ConstitutionAmendment counted(boolean ratifiedByCouncil) {
    return new ConstitutionAmendment(id, federation, constitution, status, decision,
        ratified + (ratifiedByCouncil ? 1 : 0), declined + (ratifiedByCouncil ? 0 : 1), proposed, inForce, seq);
  }

  public ConstitutionAmendment concluded(String newStatus, String time) {
    return new ConstitutionAmendment(id, federation, constitution, newStatus, decision, ratified, declined, proposed,
        newStatus.equals("in-force") ? time : null, seq);
  }

  public Map<String, Object> columns() {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("id", id);
    c.put("federation", federation);
    c.put("constitution", constitution);
    c.put("status", status);
    c.put("decision", decision);
    c.put("ratified", ratified);
    c.put("declined", declined);
    c.put("proposed", proposed);
    c.put("in_force", inForce);
    c.put("seq", seq);
    return c;
  }
}
