package org.serge.planning.result;

import java.util.List;
import org.serge.planning.solve.LpStatus;

/**
 * An optimal plan and what it costs: plain data, ready to report.
 *
 * @param objective what was optimised
 * @param status how the solve ended
 * @param fulfilment λ, the share of every target met (1 = all targets in full); for
 *     {@link Objective#MIN_LABOUR} plans it is 1 when feasible
 * @param activity units made by each technology, by technology index
 * @param output gross output per product (sum over its technologies)
 * @param netOutput output minus intermediate use, per product: what final use receives
 * @param labourUsed total labour of the plan
 * @param labourAvailable labour the plan could use (infinite when unlimited)
 * @param resourceUsed use of each resource, by resource index
 * @param prices indicative price of each product: labour it costs at the margin (in the
 *     economy's labour unit) under the optimal technology choice and limits; NaN when the
 *     solver gave no duals
 * @param limits every finite limit with its use and shadow price
 * @param conflicts for an infeasible plan, the limits that must be relaxed and by how much
 * @param solver the LP solver used
 * @param seconds seconds spent in the LP solver
 */
public record Plan(
    Objective objective,
    LpStatus status,
    double fulfilment,
    double[] activity,
    double[] output,
    double[] netOutput,
    double labourUsed,
    double labourAvailable,
    double[] resourceUsed,
    double[] prices,
    List<Limit> limits,
    List<Limit> conflicts,
    String solver,
    double seconds) {

  /** What the plan optimises. */
  public enum Objective {
    /** Maximise λ, the degree of fulfilment: net output ≥ λ·targets for every product. */
    MAX_FULFILMENT,
    /** Meet the targets in full with the least labour. */
    MIN_LABOUR
  }

  public boolean feasible() {
    return status == LpStatus.OPTIMAL || status == LpStatus.FEASIBLE;
  }

  /** Binding limits: those used to within a hair of their bound. */
  public List<Limit> binding() {
    return limits.stream().filter(Limit::binding).toList();
  }
}
