package org.serge.planning.solve;

/** The one place that turns an {@link LpSolver.Kind} into a solver. */
public final class LpSolvers {
  private LpSolvers() {}

  /** The solver of that kind (all three run on OR-Tools). */
  public static LpSolver of(LpSolver.Kind kind) {
    return new OrToolsLpSolver(kind);
  }
}
