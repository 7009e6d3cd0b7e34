package org.serge.planning.solve;

import org.serge.planning.model.Economy;
import org.serge.planning.model.Resources;
import org.serge.planning.model.Technologies;

/**
 * The linear program of a plan. Columns: the activity x_t of every technology, then (for
 * fulfilment plans) λ. Rows, in this order: one material balance per product
 * (made − used as input − λ·target ≥ 0, or ≥ target), labour, then each resource:
 *
 * <pre>
 *   Σ_{t makes i} x_t − Σ_t a_it x_t − λ·target_i ≥ 0     for every product i
 *   Σ_t l_t x_t ≤ labour available
 *   Σ_t r_kt x_t ≤ limit_k                               for every resource k
 *   0 ≤ x_t ≤ capacity_t
 * </pre>
 *
 * With {@code elastic}, every limit gets a slack column of its own (priced at 1 per unit of
 * the limit, relative to its size) and the objective minimises the total slack: the
 * smallest relaxation that makes targets reachable, which names the conflicting limits.
 */
public final class PlanProgram {
  static final String FULFILMENT = "fulfilment";

  private PlanProgram() {}

  static int labourRow(Economy economy) {
    return economy.productCount();
  }

  static int resourceRow(Economy economy, int resource) {
    return economy.productCount() + 1 + resource;
  }

  /** Maximise λ subject to the limits. */
  public static LinearProgram maxFulfilment(Economy economy, double[] targets) {
    LinearProgram.Builder lp = base(economy, 0, false);
    int lambda = lp.addColumn(FULFILMENT, 1, 0, Double.POSITIVE_INFINITY);
    for (int p = 0; p < targets.length; p++) {
      if (targets[p] != 0) {
        lp.add(p, lambda, -targets[p]);
      }
    }
    return lp.maximize(true).build();
  }

  /** Minimise labour for net output ≥ scale·targets (scale = 1: the targets in full). */
  public static LinearProgram minLabour(Economy economy, double[] targets, double scale, boolean elastic) {
    LinearProgram.Builder lp = base(economy, 1, elastic);
    for (int p = 0; p < targets.length; p++) {
      lp.setRowBounds(p, scale * targets[p], Double.POSITIVE_INFINITY);
    }
    return lp.maximize(false).build();
  }

  private static LinearProgram.Builder base(Economy economy, double labourCost, boolean elastic) {
    Technologies all = economy.technologies();
    Resources resources = economy.resources();
    LinearProgram.Builder lp = LinearProgram.builder(economy.name());
    for (int p = 0; p < economy.productCount(); p++) {
      lp.addRow(economy.productCode(p), 0, Double.POSITIVE_INFINITY);
    }
    lp.addRow("labour", Double.NEGATIVE_INFINITY, economy.labourAvailable());
    for (int r = 0; r < resources.count(); r++) {
      lp.addRow(resources.code(r), Double.NEGATIVE_INFINITY, resources.limit(r));
    }
    int labourRow = labourRow(economy);
    for (int t = 0; t < all.count(); t++) {
      double capacity = elastic ? Double.POSITIVE_INFINITY : all.capacity(t);
      int column = lp.addColumn(all.id(t), elastic ? 0 : labourCost * all.labour(t), 0, capacity);
      lp.add(all.product(t), column, 1);
      for (int k = all.inputStart(t); k < all.inputEnd(t); k++) {
        lp.add(all.inputProduct(k), column, -all.inputAmount(k));
      }
      if (all.labour(t) != 0) {
        lp.add(labourRow, column, all.labour(t));
      }
      for (int k = all.useStart(t); k < all.useEnd(t); k++) {
        lp.add(resourceRow(economy, all.useResource(k)), column, all.useAmount(k));
      }
    }
    if (elastic) {
      addSlacks(economy, lp);
    }
    return lp;
  }

  // One slack per finite limit, costed relative to the limit's size.
  private static void addSlacks(Economy economy, LinearProgram.Builder lp) {
    Technologies all = economy.technologies();
    for (int row = economy.productCount(); row < lp.rows(); row++) {
      double limit = lp.rowUpper(row);
      if (Double.isFinite(limit)) {
        int slack = lp.addColumn("slack:" + row, 1 / Math.max(limit, 1e-9), 0, Double.POSITIVE_INFINITY);
        lp.add(row, slack, -1);
      }
    }
    for (int t = 0; t < all.count(); t++) {
      double capacity = all.capacity(t);
      if (Double.isFinite(capacity)) {
        int row = lp.addRow("capacity:" + all.id(t), Double.NEGATIVE_INFINITY, capacity);
        lp.add(row, t, 1);
        int slack = lp.addColumn("slack:capacity:" + t, 1 / Math.max(capacity, 1e-9), 0, Double.POSITIVE_INFINITY);
        lp.add(row, slack, -1);
      }
    }
  }
}
