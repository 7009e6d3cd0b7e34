package org.serge.planning.report;

import java.util.Arrays;
import java.util.Comparator;

/**
 * How evenly consumption is shared among persons: the Gini coefficient, the least, the
 * median and the most consumption value per person. Each council's members count as persons
 * who each receive the council's consumption value per member (what is shared inside a
 * council is not on the record), so the figures are weighted by members. Immutable.
 *
 * @param gini 0 when every person receives the same value, towards 1 when one receives all
 * @param min the least value per person (hours at the plan's prices)
 * @param median the lower median value per person: the value of the person in the middle
 *     (for an even number of persons, the lower of the two middle ones)
 * @param max the most value per person
 */
public record Distribution(Figure gini, Figure min, Figure median, Figure max) {

  /**
   * The Gini coefficient of values held by weighted groups: Σ_i Σ_j w_i w_j |x_i − x_j| /
   * (2 W Σ_i w_i x_i), computed in O(n log n) over the values sorted. 0 when all values are 0.
   */
  static double gini(double[] values, double[] weights) {
    Integer[] order = sorted(values);
    double total = 0;
    double weighted = 0;
    for (int i = 0; i < values.length; i++) {
      total += weights[i];
      weighted += weights[i] * values[i];
    }
    if (weighted == 0) {
      return 0;
    }
    // Each value counts + for the weight below it and − for the weight above it (ties cancel).
    double below = 0;
    double sum = 0;
    for (Integer i : order) {
      double above = total - below - weights[i];
      sum += weights[i] * values[i] * (below - above);
      below += weights[i];
    }
    return sum / (total * weighted);
  }

  /** The lower weighted median: the smallest value with at least half the weight at or below it. */
  static double median(double[] values, double[] weights) {
    Integer[] order = sorted(values);
    double total = Arrays.stream(weights).sum();
    double below = 0;
    for (Integer i : order) {
      below += weights[i];
      if (2 * below >= total) {
        return values[i];
      }
    }
    return Double.NaN;
  }

  private static Integer[] sorted(double[] values) {
    Integer[] order = new Integer[values.length];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, Comparator.comparingDouble(i -> values[i]));
    return order;
  }
}
