package org.serge.planning.solve;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A linear program in the general form solvers share:
 *
 * <pre>  minimise (or maximise)  c·x + offset
 *   subject to  rowLower ≤ A x ≤ rowUpper,  columnLower ≤ x ≤ columnUpper</pre>
 *
 * A is stored by columns (CSC). Infinite bounds are {@code ±Double.POSITIVE_INFINITY}.
 * Columns may carry an integrality flag (read from a model file); the LP solvers ignore it
 * and solve the LP relaxation, so callers should say so when {@link #integerColumns()} > 0.
 * Immutable once built; arrays are never handed out for writing. Build with {@link #builder}.
 */
public final class LinearProgram {
  private final String name;
  private final boolean maximize;
  private final double objectiveOffset;
  private final String[] columnNames;
  private final double[] objective;
  private final double[] columnLower;
  private final double[] columnUpper;
  private final boolean[] integer;
  private final String[] rowNames;
  private final double[] rowLower;
  private final double[] rowUpper;
  private final int[] columnStart;
  private final int[] rowIndex;
  private final double[] coefficient;

  private LinearProgram(Builder b, int[] columnStart, int[] rowIndex, double[] coefficient) {
    this.name = b.name;
    this.maximize = b.maximize;
    this.objectiveOffset = b.objectiveOffset;
    this.columnNames = Arrays.copyOf(b.columnNames, b.columns);
    this.objective = Arrays.copyOf(b.objective, b.columns);
    this.columnLower = Arrays.copyOf(b.columnLower, b.columns);
    this.columnUpper = Arrays.copyOf(b.columnUpper, b.columns);
    this.integer = Arrays.copyOf(b.integer, b.columns);
    this.rowNames = Arrays.copyOf(b.rowNames, b.rows);
    this.rowLower = Arrays.copyOf(b.rowLower, b.rows);
    this.rowUpper = Arrays.copyOf(b.rowUpper, b.rows);
    this.columnStart = columnStart;
    this.rowIndex = rowIndex;
    this.coefficient = coefficient;
  }

  public static Builder builder(String name) {
    return new Builder(name);
  }

  public String name() { return name; }
  public boolean maximize() { return maximize; }
  public double objectiveOffset() { return objectiveOffset; }
  public int columns() { return objective.length; }
  public int rows() { return rowLower.length; }
  public int nonZeros() { return rowIndex.length; }
  public String columnName(int j) { return columnNames[j]; }
  public double objective(int j) { return objective[j]; }
  public double columnLower(int j) { return columnLower[j]; }
  public double columnUpper(int j) { return columnUpper[j]; }
  /** Whether column j is marked integer (the LP solvers relax it). */
  public boolean isInteger(int j) { return integer[j]; }
  /** How many columns are marked integer. */
  public int integerColumns() {
    int count = 0;
    for (boolean flag : integer) {
      if (flag) {
        count++;
      }
    }
    return count;
  }
  public String rowName(int i) { return rowNames[i]; }
  public double rowLower(int i) { return rowLower[i]; }
  public double rowUpper(int i) { return rowUpper[i]; }

  /** Entries of column j are at positions {@code columnStart(j) .. columnStart(j+1)-1}. */
  public int columnStart(int j) { return columnStart[j]; }
  public int entryRow(int k) { return rowIndex[k]; }
  public double entryValue(int k) { return coefficient[k]; }

  /** The row activities A x for a point x. */
  public double[] activities(double[] x) {
    double[] activity = new double[rows()];
    for (int j = 0; j < columns(); j++) {
      for (int k = columnStart[j]; k < columnStart[j + 1]; k++) {
        activity[rowIndex[k]] += coefficient[k] * x[j];
      }
    }
    return activity;
  }

  /** c·x + offset. */
  public double objectiveValue(double[] x) {
    double value = objectiveOffset;
    for (int j = 0; j < x.length; j++) {
      value += objective[j] * x[j];
    }
    return value;
  }

  /** Collects columns, rows and coefficients in any order; duplicates (row, column) add up. */
  public static final class Builder {
    private final String name;
    private boolean maximize;
    private double objectiveOffset;
    private int columns;
    private String[] columnNames = new String[16];
    private double[] objective = new double[16];
    private double[] columnLower = new double[16];
    private double[] columnUpper = new double[16];
    private boolean[] integer = new boolean[16];
    private int rows;
    private String[] rowNames = new String[16];
    private double[] rowLower = new double[16];
    private double[] rowUpper = new double[16];
    private int entries;
    private int[] entryRow = new int[64];
    private int[] entryColumn = new int[64];
    private double[] entryValue = new double[64];

    private Builder(String name) {
      this.name = name;
    }

    public Builder maximize(boolean maximize) {
      this.maximize = maximize;
      return this;
    }

    public Builder objectiveOffset(double offset) {
      this.objectiveOffset = offset;
      return this;
    }

    /** Adds a column x_j with cost c_j and bounds; returns j. */
    public int addColumn(String columnName, double cost, double lower, double upper) {
      if (columns == objective.length) {
        int size = columns * 2;
        columnNames = Arrays.copyOf(columnNames, size);
        objective = Arrays.copyOf(objective, size);
        columnLower = Arrays.copyOf(columnLower, size);
        columnUpper = Arrays.copyOf(columnUpper, size);
        integer = Arrays.copyOf(integer, size);
      }
      columnNames[columns] = columnName;
      objective[columns] = cost;
      columnLower[columns] = lower;
      columnUpper[columns] = upper;
      return columns++;
    }

    /** Adds a row lower ≤ a_i·x ≤ upper; returns i. */
    public int addRow(String rowName, double lower, double upper) {
      if (rows == rowLower.length) {
        int size = rows * 2;
        rowNames = Arrays.copyOf(rowNames, size);
        rowLower = Arrays.copyOf(rowLower, size);
        rowUpper = Arrays.copyOf(rowUpper, size);
      }
      rowNames[rows] = rowName;
      rowLower[rows] = lower;
      rowUpper[rows] = upper;
      return rows++;
    }

    public Builder setCost(int column, double cost) {
      objective[column] = cost;
      return this;
    }

    public Builder setColumnBounds(int column, double lower, double upper) {
      columnLower[column] = lower;
      columnUpper[column] = upper;
      return this;
    }

    /** Marks column j integer or continuous (continuous by default). */
    public Builder setInteger(int column, boolean isInteger) {
      integer[column] = isInteger;
      return this;
    }

    public Builder setRowBounds(int row, double lower, double upper) {
      rowLower[row] = lower;
      rowUpper[row] = upper;
      return this;
    }

    public double rowLower(int row) { return rowLower[row]; }
    public double rowUpper(int row) { return rowUpper[row]; }
    public double cost(int column) { return objective[column]; }
    public double columnLower(int column) { return columnLower[column]; }
    public double columnUpper(int column) { return columnUpper[column]; }
    public int columns() { return columns; }
    public int rows() { return rows; }

    /** Adds value to the coefficient of x_column in row. */
    public Builder add(int row, int column, double value) {
      if (row < 0 || row >= rows || column < 0 || column >= columns) {
        throw new IndexOutOfBoundsException("entry (" + row + ", " + column + ") is outside the program");
      }
      if (entries == entryValue.length) {
        int size = entries * 2;
        entryRow = Arrays.copyOf(entryRow, size);
        entryColumn = Arrays.copyOf(entryColumn, size);
        entryValue = Arrays.copyOf(entryValue, size);
      }
      entryRow[entries] = row;
      entryColumn[entries] = column;
      entryValue[entries] = value;
      entries++;
      return this;
    }

    public LinearProgram build() {
      int[] start = new int[columns + 1];
      for (int k = 0; k < entries; k++) {
        start[entryColumn[k] + 1]++;
      }
      for (int j = 0; j < columns; j++) {
        start[j + 1] += start[j];
      }
      int[] next = Arrays.copyOf(start, columns);
      int[] rowOf = new int[entries];
      double[] valueOf = new double[entries];
      for (int k = 0; k < entries; k++) {
        int at = next[entryColumn[k]]++;
        rowOf[at] = entryRow[k];
        valueOf[at] = entryValue[k];
      }
      return mergeDuplicates(start, rowOf, valueOf);
    }

    // Sorts each column by row and adds up repeated (row, column) entries.
    private LinearProgram mergeDuplicates(int[] start, int[] rowOf, double[] valueOf) {
      int[] mergedStart = new int[columns + 1];
      int out = 0;
      Map<Integer, Integer> seen = new HashMap<>();
      for (int j = 0; j < columns; j++) {
        seen.clear();
        int columnBegin = out;
        for (int k = start[j]; k < start[j + 1]; k++) {
          Integer at = seen.get(rowOf[k]);
          if (at == null) {
            seen.put(rowOf[k], out);
            rowOf[out] = rowOf[k];
            valueOf[out] = valueOf[k];
            out++;
          } else {
            valueOf[at] += valueOf[k];
          }
        }
        sortColumn(rowOf, valueOf, columnBegin, out);
        mergedStart[j + 1] = out;
      }
      return new LinearProgram(this, mergedStart, Arrays.copyOf(rowOf, out), Arrays.copyOf(valueOf, out));
    }

    private static void sortColumn(int[] rowOf, double[] valueOf, int from, int to) {
      for (int i = from + 1; i < to; i++) {
        int row = rowOf[i];
        double value = valueOf[i];
        int k = i - 1;
        while (k >= from && rowOf[k] > row) {
          rowOf[k + 1] = rowOf[k];
          valueOf[k + 1] = valueOf[k];
          k--;
        }
        rowOf[k + 1] = row;
        valueOf[k + 1] = value;
      }
    }
  }
}
