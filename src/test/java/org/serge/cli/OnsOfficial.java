package org.serge.cli;

import org.serge.SharedData;
import org.serge.formats.CsvReader;
import org.serge.formats.CsvRecord;

/** The ONS's published Leontief inverse, for tests. */
final class OnsOfficial {
  private OnsOfficial() {}

  static double[][] inverse() {
    double[][] matrix = new double[105][];
    int row = 0;
    try (CsvReader csv = CsvReader.open(SharedData.resolve("ons-ioat-2019/leontief-inverse.csv"))) {
      for (CsvRecord r = csv.next(); r != null; r = csv.next()) {
        if (r.get(0).startsWith("CPA_")) {
          double[] values = new double[105];
          for (int j = 0; j < 105; j++) {
            values[j] = r.number(j + 2, "column " + j, 0);
          }
          matrix[row++] = values;
        }
      }
    }
    return matrix;
  }
}
