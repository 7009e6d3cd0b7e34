package org.serge.planning.solve;

/**
 * The result of solving a {@link LinearProgram}: plain data, separate from the solver.
 *
 * @param status how the solve ended
 * @param objective c·x + offset at the returned point (NaN when there is none)
 * @param values x, one per column (empty when there is no point)
 * @param rowDuals the dual value (shadow price) of each row: the change of the objective
 *     per unit increase of the row's binding bound (empty when the solver gives none)
 * @param reducedCosts the reduced cost of each column (empty when the solver gives none)
 * @param seconds wall-clock seconds the solver took
 * @param solver the solver's name, e.g. "glop"
 * @param iterations iterations the solver reports, or -1
 */
public record LpSolution(
    LpStatus status,
    double objective,
    double[] values,
    double[] rowDuals,
    double[] reducedCosts,
    double seconds,
    String solver,
    long iterations) {

  public boolean hasSolution() {
    return (status == LpStatus.OPTIMAL || status == LpStatus.FEASIBLE) && values.length > 0;
  }
}
