package org.serge.council.planning;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.serge.council.Row;

/**
 * A plan drafted by a planning round (query table {@code plans}): the proposals of a converged
 * iteration, or the plan LP's answer from the stated targets after the most rounds without
 * convergence. It goes to the federation's assembly as a motion with subject {@code plan}; adopted, it
 * is the approved plan of the round, until an amended plan is approved in its place.
 *
 * @param id {@code pl-SEQ}, SEQ the event that drafted it
 * @param iteration the iteration whose proposals it is (for a fallback: whose stated targets it meets)
 * @param source {@code cycle} or {@code fallback}
 * @param amends the approved plan it would replace (an amendment), or null
 * @param status {@code drafted}, {@code voting}, {@code approved}, {@code rejected} (also for a lapsed
 *     vote) or {@code superseded}
 * @param motion the assembly's motion on it, once put to the vote
 * @param decision the decision recorded at that motion's close
 * @param figures for a fallback, the plan LP's answer as canonical JSON; null for a converged cycle
 * @param decidedSeq the event that approved or rejected it
 */
public record RoundPlan(String id, String round, String federation, long iteration, String source, String amends,
    String status, String motion, String decision, String figures, String drafted, long seq, Long decidedSeq)
    implements Row {
  public static final List<String> COLUMNS = List.of("id", "round", "federation", "iteration", "source", "amends",
      "status", "motion", "decision", "figures", "drafted", "seq", "decided_seq");
  public static final String PREFIX = "pl-";

  public String key() {
    return id;
  }

  RoundPlan with(String newStatus, String newMotion, String newDecision, Long newDecidedSeq) {
    return new RoundPlan(id, round, federation, iteration, source, amends, newStatus, newMotion, newDecision, figures,
        drafted, seq, newDecidedSeq);
  }

  public Map<String, Object> columns() {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("id", id);
    c.put("round", round);
    c.put("federation", federation);
    c.put("iteration", iteration);
    c.put("source", source);
    c.put("amends", amends);
    c.put("status", status);
    c.put("motion", motion);
    c.put("decision", decision);
    c.put("figures", figures);
    c.put("drafted", drafted);
    c.put("seq", seq);
    c.put("decided_seq", decidedSeq);
    return c;
  }
}
