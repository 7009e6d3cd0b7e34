package org.serge.planning.cycle;

/**
 * The scarcity premium of one limit (a resource budget, or the capacity for a product), in
 * hours per unit, found by a safeguarded secant search on the limit's relative gap
 * (use − limit) / limit: a Newton step with the slope of the last two rounds, or with the
 * slope guessed from demand elasticities where the secant slopes the wrong way (a higher
 * premium must not raise use), never below 0. A bracket of premia known too low and too high
 * was tried and dropped: while quantities still lag, the gap is not yet a function of the
 * premium alone, and a bracket built from early rounds can exclude the answer. A limit that
 * is not reached keeps a premium of 0. Mutable; one per limit per cycle.
 */
final class Premium {
  private double value;
  private double previousValue = Double.NaN;
  private double previousGap = Double.NaN;

  double value() {
    return value;
  }

  /** Whether the limit stands: not exceeded by more than ε, and reached when it has a premium. */
  boolean settled(double gap, double epsilon) {
    return gap <= epsilon && (value == 0 || gap >= -epsilon);
  }

  /**
   * Moves the premium for the gap measured at the current premium.
   *
   * @param gap (use − limit) / limit at the current premium
   * @param guessedSlope d gap / d premium estimated from demand elasticities (negative), used
   *     until two rounds give a secant
   */
  void update(double gap, double guessedSlope) {
    if (value == 0 && gap <= 0) {
      return;
    }
    double slope = guessedSlope;
    if (!Double.isNaN(previousValue) && previousValue != value) {
      double secant = (gap - previousGap) / (value - previousValue);
      if (secant < 0 && Double.isFinite(secant)) {
        slope = secant;
      }
    }
    double next = value - gap / slope;
    previousValue = value;
    previousGap = gap;
    value = Math.max(0, next);
  }
}
