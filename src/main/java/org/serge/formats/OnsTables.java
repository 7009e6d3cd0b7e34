package org.serge.formats;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.serge.InvalidInputException;
import org.serge.planning.model.Economy;
import org.serge.planning.model.EconomyBuilder;

/**
 * The ONS UK input-output analytical tables (product by product) read from the CSV dump of
 * the IOT sheet, {@code iot-flows.csv}: A = flows ÷ total output (P1), labour coefficient
 * = compensation of employees (D1) ÷ P1, final demand = the final-use columns.
 *
 * @param economy one technology per product, labour in £ of wages per £ of output
 * @param finalDemand final use by category (households, government, …, exports), £ million
 * @param totalOutput P1, total output at basic prices, £ million
 * @param compensation D1, compensation of employees, £ million
 */
public record OnsTables(Economy economy, Map<String, double[]> finalDemand,
    double[] totalOutput, double[] compensation) {

  /** The final-use columns of the IOT sheet, by code, with their meaning. */
  public static final Map<String, String> FINAL_USE = finalUse();

  /** The flows file inside an ONS folder. */
  public static final String FLOWS_FILE = "iot-flows.csv";

  /** Reads {@code DIR/iot-flows.csv}. */
  public static OnsTables read(Path directory) {
    Path flows = Files.isDirectory(directory) ? directory.resolve(FLOWS_FILE) : directory;
    return new Reader(flows).read();
  }

  /** Total final demand: the sum of all final-use categories, per product. */
  public double[] totalFinalDemand() {
    double[] total = new double[economy.productCount()];
    for (double[] category : finalDemand.values()) {
      for (int i = 0; i < total.length; i++) {
        total[i] += category[i];
      }
    }
    return total;
  }

  private static Map<String, String> finalUse() {
    Map<String, String> columns = new LinkedHashMap<>();
    columns.put("P3 S14", "households");
    columns.put("P3 S13", "government");
    columns.put("P3 S15", "non-profit institutions serving households");
    columns.put("P51G", "gross fixed capital formation");
    columns.put("P52", "changes in inventories");
    columns.put("P53", "acquisitions less disposals of valuables");
    columns.put("P61EU", "exports of goods to the EU");
    columns.put("P61RW", "exports of goods to the rest of the world");
    columns.put("P62", "exports of services");
    return columns;
  }

  private static final class Reader {
    private final Path file;
    private List<String> header;
    private final List<String> codes = new ArrayList<>();
    private final List<String> names = new ArrayList<>();
    private final List<CsvRecord> productRows = new ArrayList<>();
    private CsvRecord outputRow;
    private CsvRecord compensationRow;

    Reader(Path file) {
      this.file = file;
    }

    OnsTables read() {
      try (CsvReader csv = CsvReader.open(file)) {
        for (CsvRecord row = csv.next(); row != null; row = csv.next()) {
          take(row);
        }
      }
      if (header == null) {
        throw new InvalidInputException(file.toString(), 0, null,
            "no header row starting \",CPA,\" (is this the IOT sheet of the ONS tables?)");
      }
      if (outputRow == null || compensationRow == null) {
        throw new InvalidInputException(file.toString(), 0, null,
            "the rows P1 (total output) and D1 (compensation of employees) are both needed");
      }
      return build();
    }

    private void take(CsvRecord row) {
      String first = row.get(0).strip();
      if (header == null) {
        if (first.isEmpty() && row.get(1).strip().equals("CPA")) {
          header = row.fields().stream().map(String::strip).toList();
          for (int c = 2; c < header.size() && header.get(c).startsWith("CPA_"); c++) {
            codes.add(header.get(c));
          }
        }
        return;
      }
      if (first.startsWith("CPA_")) {
        int at = productRows.size();
        if (at >= codes.size() || !codes.get(at).equals(first)) {
          throw row.error("CPA", "product row '" + first + "' is out of order: expected '"
              + (at < codes.size() ? codes.get(at) : "no more products") + "'");
        }
        names.add(row.get(1).strip());
        productRows.add(row);
      } else if (first.equals("P1")) {
        outputRow = row;
      } else if (first.equals("D1")) {
        compensationRow = row;
      }
    }

    private OnsTables build() {
      int n = codes.size();
      if (productRows.size() != n) {
        throw new InvalidInputException(file.toString(), 0, null,
            "the header lists " + n + " products but " + productRows.size() + " product rows follow");
      }
      double[] output = new double[n];
      double[] wages = new double[n];
      for (int j = 0; j < n; j++) {
        output[j] = outputRow.number(j + 2, codes.get(j), 0);
        wages[j] = compensationRow.nonNegative(j + 2, codes.get(j));
        if (!(output[j] > 0)) {
          throw outputRow.error(codes.get(j), "total output (P1) must be positive, but is " + output[j]);
        }
      }
      EconomyBuilder economy = Economy.builder("UK 2019 (ONS input-output analytical tables)")
          .labourUnit("£ million of wages");
      for (int j = 0; j < n; j++) {
        economy.addProduct(codes.get(j), names.get(j));
      }
      for (int j = 0; j < n; j++) {
        economy.addTechnology(codes.get(j), j, wages[j] / output[j], Double.POSITIVE_INFINITY);
        for (int i = 0; i < n; i++) {
          double flow = productRows.get(i).number(j + 2, codes.get(j), 0);
          if (flow < 0) {
            throw productRows.get(i).error(codes.get(j), "an intermediate flow must not be negative: " + flow);
          }
          if (flow != 0) {
            economy.addInput(i, flow / output[j]);
          }
        }
      }
      return new OnsTables(economy.build(), finalDemand(n), output, wages);
    }

    private Map<String, double[]> finalDemand(int n) {
      Map<String, double[]> demand = new LinkedHashMap<>();
      for (String column : FINAL_USE.keySet()) {
        int c = header.indexOf(column);
        if (c < 0) {
          throw new InvalidInputException(file.toString(), 0, column,
              "the final-use column '" + column + "' (" + FINAL_USE.get(column) + ") is missing");
        }
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
          values[i] = productRows.get(i).number(c, column, 0);
        }
        demand.put(FINAL_USE.get(column), values);
      }
      return demand;
    }
  }
}
