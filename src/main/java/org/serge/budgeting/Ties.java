package org.serge.budgeting;

/**
 * Comparison of computed rational quantities held as doubles. Two values closer than a
 * relative 1e-9 are a tie, to be settled by the rule's explicit tie-break rather than by
 * rounding noise (costs and budgets have at most ~12 significant digits, so genuine
 * differences are far larger).
 */
final class Ties {
  private static final double RELATIVE = 1e-9;

  private Ties() {}

  /** -1, 0 or 1 as a is smaller than, tied with or larger than b. */
  static int compare(double a, double b) {
    if (Double.isInfinite(a) || Double.isInfinite(b)) {
      return Double.compare(a, b);
    }
    double scale = Math.max(1.0, Math.max(Math.abs(a), Math.abs(b)));
    if (Math.abs(a - b) <= RELATIVE * scale) {
      return 0;
    }
    return a < b ? -1 : 1;
  }
}
