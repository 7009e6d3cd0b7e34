package org.serge.formats;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.serge.InvalidInputException;
import org.serge.planning.model.Economy;

/**
 * A final demand or a set of plan targets: CSV with the header {@code product,quantity}
 * and one line per product (products not listed get 0). Quantities are ≥ 0, products must
 * exist in the economy and appear once.
 */
public final class DemandFile {
  private DemandFile() {}

  /** The vector of quantities by product index of the economy. */
  public static double[] read(Path file, Economy economy) {
    double[] demand = new double[economy.productCount()];
    boolean[] seen = new boolean[demand.length];
    try (CsvReader csv = CsvReader.open(file)) {
      CsvRecord header = csv.next();
      if (header == null) {
        throw new InvalidInputException(file.toString(), 0, null, "the file is empty: expected the header 'product,quantity'");
      }
      if (header.size() != 2 || !header.get(0).strip().equals("product") || !header.get(1).strip().equals("quantity")) {
        throw header.error(null, "expected the header 'product,quantity', found '" + String.join(",", header.fields()) + "'");
      }
      for (CsvRecord next = csv.next(); next != null; next = csv.next()) {
        CsvRecord r = next;
        if (r.isBlank() || r.get(0).startsWith("#")) {
          continue;
        }
        if (r.size() != 2) {
          throw r.error(null, "expected 2 fields (product,quantity), found " + r.size());
        }
        String code = r.text(0, "product");
        int product = economy.findProduct(code).orElseThrow(() ->
            r.error("product", "unknown product '" + code + "' (not in economy '" + economy.name() + "')"));
        if (seen[product]) {
          throw r.error("product", "product '" + code + "' is listed twice");
        }
        seen[product] = true;
        demand[product] = r.nonNegative(1, "quantity");
      }
    }
    return demand;
  }

  public static void write(Economy economy, double[] quantities, Path file) {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("product,quantity\n");
      for (int p = 0; p < quantities.length; p++) {
        if (quantities[p] != 0) {
          out.write(Csv.field(economy.productCode(p)) + "," + Csv.number(quantities[p]) + "\n");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
