package org.serge.planning.solve;

/**
 * Solves linear programs. Implementations are swappable: the plan builder asks for one by
 * {@link Kind} and never depends on which. Thread-safe: one instance may solve several
 * programs at once.
 */
public interface LpSolver {

  /** The solvers Serge offers. */
  enum Kind {
    /** Google's primal/dual simplex: exact vertices, the default for small and medium plans. */
    GLOP,
    /** Primal-dual hybrid gradient: first-order, scales to the largest plans, less precise. */
    PDLP,
    /** The HiGHS dual simplex / interior point solver. */
    HIGHS
  }

  /**
   * Solves the program.
   *
   * @param program the program
   * @param timeLimitSeconds give up after this long (returns NOT_SOLVED or FEASIBLE)
   */
  LpSolution solve(LinearProgram program, double timeLimitSeconds);

  /** This solver's kind. */
  Kind kind();
}
