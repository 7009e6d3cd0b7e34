package org.serge.planning.solve;

import org.serge.InvalidInputException;
import org.serge.planning.model.InputOutputSystem;

/**
 * The full Leontief inverse (I − A)^-1 by LU factorisation with partial pivoting, for small
 * systems only (published tables have ~100 products): the inverse of a real economy would
 * not fit in memory, and solves never need it.
 */
public final class DenseLeontief {
  /** The largest system whose inverse Serge will form. */
  public static final int MAX_SIZE = 5_000;

  private DenseLeontief() {}

  /** (I − A)^-1, refusing systems above {@link #MAX_SIZE} and non-productive ones. */
  public static double[][] inverse(InputOutputSystem system) {
    int n = system.size();
    if (n > MAX_SIZE) {
      throw new InvalidInputException(null, 0, null, "the economy has " + n
          + " products: the full inverse is formed only up to " + MAX_SIZE
          + " (use a Leontief solve for a demand instead)");
    }
    double[][] lu = system.dense();
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        lu[i][j] = (i == j ? 1 : 0) - lu[i][j];
      }
    }
    int[] pivot = factor(lu);
    double[][] inverse = new double[n][n];
    double[] column = new double[n];
    for (int j = 0; j < n; j++) {
      java.util.Arrays.fill(column, 0);
      column[j] = 1;
      solve(lu, pivot, column);
      double smallest = 0;
      for (int i = 0; i < n; i++) {
        inverse[i][j] = column[i];
        smallest = Math.min(smallest, column[i]);
      }
      // A productive economy's inverse is non-negative; a clearly negative entry means ρ(A) ≥ 1.
      if (smallest < -1e-9) {
        throw new NonProductiveEconomyException(Double.NaN, new int[] {j},
            "(I − A)^-1 has negative entries in the column of product index " + j);
      }
    }
    return inverse;
  }

  private static int[] factor(double[][] a) {
    int n = a.length;
    int[] pivot = new int[n];
    for (int k = 0; k < n; k++) {
      int best = k;
      for (int i = k + 1; i < n; i++) {
        if (Math.abs(a[i][k]) > Math.abs(a[best][k])) {
          best = i;
        }
      }
      if (Math.abs(a[best][k]) < 1e-300) {
        throw new NonProductiveEconomyException(1.0, new int[] {k}, "I − A is singular");
      }
      pivot[k] = best;
      double[] swap = a[k];
      a[k] = a[best];
      a[best] = swap;
      double[] pivotRow = a[k];
      for (int i = k + 1; i < n; i++) {
        double[] row = a[i];
        double factor = row[k] / pivotRow[k];
        row[k] = factor;
        if (factor != 0) {
          for (int j = k + 1; j < n; j++) {
            row[j] -= factor * pivotRow[j];
          }
        }
      }
    }
    return pivot;
  }

  private static void solve(double[][] lu, int[] pivot, double[] b) {
    int n = lu.length;
    for (int k = 0; k < n; k++) {
      double swap = b[k];
      b[k] = b[pivot[k]];
      b[pivot[k]] = swap;
    }
    for (int i = 0; i < n; i++) {
      double sum = b[i];
      for (int j = 0; j < i; j++) {
        sum -= lu[i][j] * b[j];
      }
      b[i] = sum;
    }
    for (int i = n - 1; i >= 0; i--) {
      double sum = b[i];
      for (int j = i + 1; j < n; j++) {
        sum -= lu[i][j] * b[j];
      }
      b[i] = sum / lu[i][i];
    }
  }
}
