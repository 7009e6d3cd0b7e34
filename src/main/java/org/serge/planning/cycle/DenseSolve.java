package org.serge.planning.cycle;

/** Solves small dense linear systems by Gaussian elimination with partial pivoting, in a fixed order. */
final class DenseSolve {
  private DenseSolve() {}

  /** x with m x = b, or null when m is singular to working precision. Leaves m and b unchanged. */
  static double[] solve(double[][] m, double[] b) {
    int n = b.length;
    double[][] a = new double[n][];
    for (int i = 0; i < n; i++) {
      a[i] = m[i].clone();
    }
    double[] x = b.clone();
    for (int col = 0; col < n; col++) {
      int pivot = col;
      for (int row = col + 1; row < n; row++) {
        if (Math.abs(a[row][col]) > Math.abs(a[pivot][col])) {
          pivot = row;
        }
      }
      if (!(Math.abs(a[pivot][col]) > 1e-300)) {
        return null;
      }
      double[] swap = a[col];
      a[col] = a[pivot];
      a[pivot] = swap;
      double value = x[col];
      x[col] = x[pivot];
      x[pivot] = value;
      for (int row = col + 1; row < n; row++) {
        double factor = a[row][col] / a[col][col];
        if (factor != 0) {
          for (int k = col; k < n; k++) {
            a[row][k] -= factor * a[col][k];
          }
          x[row] -= factor * x[col];
        }
      }
    }
    for (int row = n - 1; row >= 0; row--) {
      double sum = x[row];
      for (int k = row + 1; k < n; k++) {
        sum -= a[row][k] * x[k];
      }
      x[row] = sum / a[row][row];
    }
    for (double value : x) {
      if (!Double.isFinite(value)) {
        return null;
      }
    }
    return x;
  }
}
