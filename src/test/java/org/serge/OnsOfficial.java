package org.serge;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.serge.formats.CsvReader;
import org.serge.formats.CsvRecord;

/** The ONS's own published 2019 figures that the golden tests compare against. */
public final class OnsOfficial {
  public static final int PRODUCTS = 105;

  private OnsOfficial() {}

  /** The published Type I Leontief inverse, rows and columns in CPA order. */
  public static double[][] inverse() {
    Path file = SharedData.resolve("ons-ioat-2019/leontief-inverse.csv");
    double[][] matrix = new double[PRODUCTS][];
    int row = 0;
    try (CsvReader csv = CsvReader.open(file)) {
      for (CsvRecord r = csv.next(); r != null; r = csv.next()) {
        if (r.get(0).startsWith("CPA_")) {
          double[] values = new double[PRODUCTS];
          for (int j = 0; j < PRODUCTS; j++) {
            values[j] = r.number(j + 2, "column " + j, 0);
          }
          matrix[row++] = values;
        }
      }
    }
    if (row != PRODUCTS) {
      throw new IllegalStateException(file + " has " + row + " product rows, not " + PRODUCTS);
    }
    return matrix;
  }

  /** One column of the published Type I effects, by its code (e.g. "D1"), per product code. */
  public static Map<String, Double> effects(String code) {
    Path file = SharedData.resolve("ons-ioat-2019/type1-effects.csv");
    Map<String, Double> column = new HashMap<>();
    int index = -1;
    try (CsvReader csv = CsvReader.open(file)) {
      for (CsvRecord r = csv.next(); r != null; r = csv.next()) {
        List<String> fields = r.fields();
        if (index < 0 && fields.contains(code)) {
          index = fields.indexOf(code);
        } else if (index >= 0 && r.get(0).startsWith("CPA_")) {
          column.put(r.get(0), r.number(index, code));
        }
      }
    }
    if (column.size() != PRODUCTS) {
      throw new IllegalStateException(file + " has " + column.size() + " values of " + code);
    }
    return column;
  }
}
