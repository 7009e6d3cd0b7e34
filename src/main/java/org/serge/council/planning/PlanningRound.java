package org.serge.council.planning;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.serge.council.Row;

/**
 * A planning round of a federation (query table {@code rounds}).
 *
 * @param id {@code r-SEQ}, SEQ the event that opened it
 * @param federation the federation planning (its member federations are the regions)
 * @param decision the adopted decision of its assembly that opened it
 * @param spec the round's objectives and settings ({@link RoundSpec}) as canonical JSON
 * @param regions the region codes (federation ids) in order, as a JSON array
 * @param publicDemand public demand by product code, the selected PB projects included, canonical JSON
 * @param status {@code opening} (before iteration 0), {@code open}, {@code exhausted} (the most rounds
 *     without convergence), {@code deciding} (a plan before the assembly), {@code approved},
 *     {@code amending} (proposals after approval)
 * @param iteration the last iteration closed (0: the opening prices), null before
 * @param phaseStart the first iteration that counts towards the most rounds now (after an opening,
 *     a rejected plan or an amendment)
 * @param plan the plan in force (approved, not superseded), or null
 */
public record PlanningRound(String id, String federation, String title, String period, String decision, String spec,
    String regions, String publicDemand, String status, Long iteration, long phaseStart, String plan,
    String openedBy, String opened, long seq) implements Row {
  public static final List<String> COLUMNS = List.of("id", "federation", "title", "period", "decision", "spec",
      "regions", "public_demand", "status", "iteration", "phase_start", "plan", "opened_by", "opened", "seq");
  public static final String PREFIX = "r-";

  public String key() {
    return id;
  }

  PlanningRound with(String newStatus, Long newIteration, long newPhaseStart, String newPlan) {
    return new PlanningRound(id, federation, title, period, decision, spec, regions, publicDemand, newStatus,
        newIteration, newPhaseStart, newPlan, openedBy, opened, seq);
  }

  PlanningRound withStatus(String newStatus) {
    return with(newStatus, iteration, phaseStart, plan);
  }

  /** The number the next iteration closed will have. */
  long nextIteration() {
    return iteration == null ? 0 : iteration + 1;
  }

  public Map<String, Object> columns() {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("id", id);
    c.put("federation", federation);
    c.put("title", title);
    c.put("period", period);
    c.put("decision", decision);
    c.put("spec", spec);
    c.put("regions", regions);
    c.put("public_demand", publicDemand);
    c.put("status", status);
    c.put("iteration", iteration);
    c.put("phase_start", phaseStart);
    c.put("plan", plan);
    c.put("opened_by", openedBy);
    c.put("opened", opened);
    c.put("seq", seq);
    return c;
  }
}
