package org.serge.planning.solve;

/** How a solve ended. */
public enum LpStatus {
  /** An optimal solution was found within the solver's tolerances. */
  OPTIMAL,
  /** A feasible but not proven optimal solution (e.g. stopped by the time limit). */
  FEASIBLE,
  /** No point satisfies all constraints. */
  INFEASIBLE,
  /** The objective can improve without bound. */
  UNBOUNDED,
  /** Stopped (time limit, iteration limit) without a usable solution. */
  NOT_SOLVED,
  /** The solver failed (numerical trouble, an invalid model). */
  ABNORMAL
}
