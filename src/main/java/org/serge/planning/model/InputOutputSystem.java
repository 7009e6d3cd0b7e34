package org.serge.planning.model;

import org.serge.InvalidInputException;

/**
 * The square input-output system of one technology choice: n products, the direct
 * requirements matrix A (A[i][j] = units of product i used per unit of product j) and the
 * direct labour per unit l. A is held twice, by columns (what each product needs) and by
 * rows (who uses each product), because x = A x + d gathers along rows and v = v A + l
 * along columns; both kernels then stream memory without write conflicts. Immutable.
 */
public final class InputOutputSystem {
  private final int n;
  private final int[] technology;
  private final double[] labour;
  private final int[] columnStart;
  private final int[] columnRow;
  private final double[] columnValue;
  private final int[] rowStart;
  private final int[] rowColumn;
  private final double[] rowValue;

  private InputOutputSystem(int[] technology, double[] labour, int[] columnStart,
      int[] columnRow, double[] columnValue) {
    this.n = technology.length;
    this.technology = technology;
    this.labour = labour;
    this.columnStart = columnStart;
    this.columnRow = columnRow;
    this.columnValue = columnValue;
    this.rowStart = new int[n + 1];
    this.rowColumn = new int[columnRow.length];
    this.rowValue = new double[columnRow.length];
    transpose();
  }

  static InputOutputSystem of(Economy economy, int[] technologyOfProduct) {
    int n = economy.productCount();
    if (technologyOfProduct.length != n) {
      throw new IllegalArgumentException("need one technology per product");
    }
    Technologies all = economy.technologies();
    int[] start = new int[n + 1];
    double[] labour = new double[n];
    for (int j = 0; j < n; j++) {
      int t = technologyOfProduct[j];
      if (t < 0 || t >= all.count() || all.product(t) != j) {
        throw new InvalidInputException(null, 0, "technology",
            "technology " + t + " does not make product '" + economy.productCode(j) + "'");
      }
      start[j + 1] = start[j] + (all.inputEnd(t) - all.inputStart(t));
      labour[j] = all.labour(t);
    }
    int[] row = new int[start[n]];
    double[] value = new double[start[n]];
    for (int j = 0; j < n; j++) {
      int t = technologyOfProduct[j];
      int at = start[j];
      for (int k = all.inputStart(t); k < all.inputEnd(t); k++, at++) {
        row[at] = all.inputProduct(k);
        value[at] = all.inputAmount(k);
      }
    }
    return new InputOutputSystem(technologyOfProduct.clone(), labour, start, row, value);
  }

  /** A system straight from a dense matrix (small n: tests and tables). */
  public static InputOutputSystem ofDense(double[][] a, double[] labour) {
    int n = a.length;
    int[] start = new int[n + 1];
    for (int j = 0; j < n; j++) {
      int count = 0;
      for (int i = 0; i < n; i++) {
        count += a[i][j] != 0 ? 1 : 0;
      }
      start[j + 1] = start[j] + count;
    }
    int[] row = new int[start[n]];
    double[] value = new double[start[n]];
    for (int j = 0, at = 0; j < n; j++) {
      for (int i = 0; i < n; i++) {
        if (a[i][j] != 0) {
          row[at] = i;
          value[at++] = a[i][j];
        }
      }
    }
    int[] identity = new int[n];
    for (int j = 0; j < n; j++) {
      identity[j] = j;
    }
    return new InputOutputSystem(identity, labour.clone(), start, row, value);
  }

  private void transpose() {
    for (int k = 0; k < columnRow.length; k++) {
      rowStart[columnRow[k] + 1]++;
    }
    for (int i = 0; i < n; i++) {
      rowStart[i + 1] += rowStart[i];
    }
    int[] next = new int[n];
    System.arraycopy(rowStart, 0, next, 0, n);
    for (int j = 0; j < n; j++) {
      for (int k = columnStart[j]; k < columnStart[j + 1]; k++) {
        int at = next[columnRow[k]]++;
        rowColumn[at] = j;
        rowValue[at] = columnValue[k];
      }
    }
  }

  public int size() { return n; }
  public long nonZeros() { return columnRow.length; }

  /** The technology chosen for product j. */
  public int technology(int j) { return technology[j]; }

  /** Direct labour per unit of product j. */
  public double labour(int j) { return labour[j]; }

  public double[] labourVector() { return labour.clone(); }

  /** A dense copy of A (only for small n). */
  public double[][] dense() {
    double[][] a = new double[n][n];
    for (int j = 0; j < n; j++) {
      for (int k = columnStart[j]; k < columnStart[j + 1]; k++) {
        a[columnRow[k]][j] += columnValue[k];
      }
    }
    return a;
  }

  // The raw arrays, for the solver kernels in this module only. Callers must not write.
  public int[] columnStart() { return columnStart; }
  public int[] columnRow() { return columnRow; }
  public double[] columnValue() { return columnValue; }
  public int[] rowStart() { return rowStart; }
  public int[] rowColumn() { return rowColumn; }
  public double[] rowValue() { return rowValue; }
}
