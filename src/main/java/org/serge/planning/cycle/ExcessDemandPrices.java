package org.serge.planning.cycle;

import org.serge.planning.model.InputOutputSystem;
import org.serge.planning.solve.LeontiefSolver;

/**
 * {@link PriceRule.Kind#EXCESS}: price adjustment by excess demand, as in participatory
 * economics' iterative planning, but with a quasi-Newton step instead of a fixed one.
 *
 * <p>The rule drives z_i = ln(demand_i / supply_i) to zero over the log prices. It keeps an
 * estimate J of the Jacobian dz/d ln p, starting from −2·I (demand of elasticity −1, supply
 * of about +1) and corrected each round by Broyden's rank-one update from the change of z
 * the last step actually caused; the step is Δ ln p = −J^-1 z, scaled down to at most the
 * trust radius in every price. The radius halves when the largest |z| grew and grows by
 * half when it shrank, so prices move gradually while the estimate is poor and quickly once
 * it is good. Opening prices are the labour values of the producers' opening proposals.
 */
final class ExcessDemandPrices implements PriceRule {
  private static final double OPENING_SLOPE = -2;
  private static final double OPENING_RADIUS = 0.5;
  private static final double SMALLEST_RADIUS = 1e-3;
  private static final double LARGEST_RADIUS = 2;

  private double[][] jacobian;
  private double[] lastLogPrices;
  private double[] lastGap;
  private double lastLargest = Double.POSITIVE_INFINITY;
  private double radius = OPENING_RADIUS;

  @Override
  public Prices opening(Frame frame, Proposals opening) {
    Technology stated = Technology.of(frame, opening.producers());
    for (int j = 0; j < frame.productCount(); j++) {
      if (!stated.makes(j)) {
        throw new org.serge.SergeException("no producer council proposes to make '"
            + frame.products().get(j) + "': the cycle cannot price it");
      }
    }
    InputOutputSystem system = stated.system();
    double[] values = LeontiefSolver.defaults().withTolerance(1e-14).labourValues(system).values();
    int n = values.length;
    jacobian = new double[n][n];
    for (int i = 0; i < n; i++) {
      jacobian[i][i] = OPENING_SLOPE;
    }
    return PriceRule.withDividend(frame, opening, values, new double[frame.resourceCount()]);
  }

  @Override
  public Next next(Frame frame, Prices prices, Proposals proposals, Tally tally, double epsilon) {
    int n = frame.productCount();
    double[] logPrices = new double[n];
    double[] gap = new double[n];
    double largest = 0;
    for (int i = 0; i < n; i++) {
      logPrices[i] = StrictMath.log(prices.product(i));
      double demand = tally.demand(i);
      double supply = tally.supply()[i];
      double floor = 1e-12 * (demand + supply) + Double.MIN_NORMAL;
      gap[i] = StrictMath.log((demand + floor) / (supply + floor));
      largest = Math.max(largest, Math.abs(gap[i]));
    }
    if (lastLogPrices != null) {
      learn(logPrices, gap);
      radius = largest > lastLargest
          ? Math.max(SMALLEST_RADIUS, radius / 2) : Math.min(LARGEST_RADIUS, radius * 1.5);
    }
    double[] step = step(gap);
    double[] next = new double[n];
    for (int i = 0; i < n; i++) {
      next[i] = StrictMath.exp(logPrices[i] + step[i]);
    }
    lastLogPrices = logPrices;
    lastGap = gap;
    lastLargest = largest;
    return new Next(PriceRule.withDividend(frame, proposals, next, new double[frame.resourceCount()]), true);
  }

  // Broyden's update: J += (Δz − J Δlnp) Δlnpᵀ / (Δlnpᵀ Δlnp).
  private void learn(double[] logPrices, double[] gap) {
    int n = gap.length;
    double[] moved = new double[n];
    double norm = 0;
    for (int i = 0; i < n; i++) {
      moved[i] = logPrices[i] - lastLogPrices[i];
      norm += moved[i] * moved[i];
    }
    if (!(norm > 0)) {
      return;
    }
    for (int i = 0; i < n; i++) {
      double predicted = 0;
      for (int k = 0; k < n; k++) {
        predicted += jacobian[i][k] * moved[k];
      }
      double miss = (gap[i] - lastGap[i] - predicted) / norm;
      for (int k = 0; k < n; k++) {
        jacobian[i][k] += miss * moved[k];
      }
    }
  }

  // The Newton step −J^-1 z within the trust radius; a plain scaled step if J is singular.
  private double[] step(double[] gap) {
    int n = gap.length;
    double[] minus = new double[n];
    for (int i = 0; i < n; i++) {
      minus[i] = -gap[i];
    }
    double[] step = DenseSolve.solve(jacobian, minus);
    if (step == null) {
      step = new double[n];
      for (int i = 0; i < n; i++) {
        step[i] = gap[i] / -OPENING_SLOPE;
      }
    }
    double largest = 0;
    for (double value : step) {
      largest = Math.max(largest, Math.abs(value));
    }
    if (largest > radius) {
      for (int i = 0; i < n; i++) {
        step[i] *= radius / largest;
      }
    }
    return step;
  }
}
