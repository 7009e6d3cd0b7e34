package org.serge.planning.solve;

/**
 * The solution of a Leontief system, with the evidence that it is one.
 *
 * @param values the solution vector (gross outputs, or labour values), one per product
 * @param iterations iterations the solver took (0 for a direct solve)
 * @param residual the relative residual ‖b − (I − A)y‖∞ / ‖b‖∞ of {@code values} (for the
 *     transposed system, with yA in place of Ay)
 * @param seconds wall-clock seconds
 */
public record LeontiefSolution(double[] values, int iterations, double residual, double seconds) {

  /** The dot product of the solution with a vector, e.g. total labour l·x. */
  public double dot(double[] weights) {
    double sum = 0;
    for (int i = 0; i < values.length; i++) {
      sum += values[i] * weights[i];
    }
    return sum;
  }
}
