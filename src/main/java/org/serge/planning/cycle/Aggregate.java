package org.serge.planning.cycle;

import java.util.List;
import org.serge.planning.model.InputOutputSystem;

/**
 * A table's products grouped into sectors, weighted by output x: a[s'][s] = Σ_{i∈s'} Σ_{j∈s}
 * a_ij x_j / X_s and labour[s] = Σ_{j∈s} l_j x_j / X_s, X_s = Σ_{j∈s} x_j. At x the aggregate
 * system is exact: it needs the same sector outputs and the same labour for the summed final
 * demand. Package-private helper of {@link EconomySplit}.
 *
 * @param sectorOf the sector of each table product
 * @param output X, by sector
 */
record Aggregate(int[] sectorOf, double[][] a, double[] labour, double[] output) {

  static Aggregate of(InputOutputSystem table, double[] x, List<EconomySplit.Sector> sectors) {
    int n = table.size();
    int s = sectors.size();
    int[] sectorOf = new int[n];
    for (int k = 0; k < s; k++) {
      for (int p : sectors.get(k).products()) {
        sectorOf[p] = k;
      }
    }
    double[][] flows = new double[s][s];
    double[] wages = new double[s];
    double[] output = new double[s];
    double[][] dense = table.dense();
    for (int j = 0; j < n; j++) {
      int to = sectorOf[j];
      output[to] += x[j];
      wages[to] += table.labour(j) * x[j];
      for (int i = 0; i < n; i++) {
        flows[sectorOf[i]][to] += dense[i][j] * x[j];
      }
    }
    double[][] a = new double[s][s];
    double[] labour = new double[s];
    for (int to = 0; to < s; to++) {
      if (!(output[to] > 0)) {
        throw new IllegalArgumentException(sectors.get(to).code() + ": final demand needs none of it");
      }
      labour[to] = wages[to] / output[to];
      for (int from = 0; from < s; from++) {
        a[from][to] = flows[from][to] / output[to];
      }
    }
    return new Aggregate(sectorOf, a, labour, output);
  }

  /** A vector by table product summed by sector. */
  double[] sum(double[] byProduct) {
    double[] total = new double[output.length];
    for (int i = 0; i < byProduct.length; i++) {
      total[sectorOf[i]] += byProduct[i];
    }
    return total;
  }
}
