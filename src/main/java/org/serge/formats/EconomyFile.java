package org.serge.formats;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.serge.ProgressListener;
import org.serge.planning.model.Economy;
import org.serge.planning.model.EconomyBuilder;
import org.serge.planning.model.Resources;
import org.serge.planning.model.Technologies;

/**
 * Serge's economy file: CSV, one fact a line, the first field saying which. Written by hand
 * or by script; documented in docs/formats.md.
 *
 * <pre>
 * # comment
 * economy,NAME,LABOUR_UNIT[,LABOUR_AVAILABLE]
 * product,CODE,NAME
 * resource,CODE,NAME,UNIT[,LIMIT]
 * technology,ID,PRODUCT,LABOUR_PER_UNIT[,CAPACITY]
 * input,PRODUCT,AMOUNT_PER_UNIT      (belongs to the technology above it)
 * use,RESOURCE,AMOUNT_PER_UNIT       (likewise)
 * </pre>
 *
 * Products and resources are declared before they are used. Files ending in .gz are
 * compressed. Every error names the file, line and field.
 */
public final class EconomyFile {
  private EconomyFile() {}

  public static Economy read(Path file) {
    return read(file, ProgressListener.NONE);
  }

  public static Economy read(Path file, ProgressListener progress) {
    try (CsvReader csv = CsvReader.open(file)) {
      return new Parser(csv, progress).parse();
    }
  }

  public static void write(Economy economy, Path file) {
    try (Writer out = file.toString().endsWith(".gz")
        ? new java.io.OutputStreamWriter(new java.util.zip.GZIPOutputStream(
            Files.newOutputStream(file), 1 << 16), StandardCharsets.UTF_8)
        : Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      write(economy, new BufferedWriter(out, 1 << 16));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  public static void write(Economy economy, Writer out) throws IOException {
    out.write("# Serge economy file (docs/formats.md)\n");
    double available = economy.labourAvailable();
    out.write(Csv.line("economy", economy.name(), economy.labourUnit())
        + (Double.isInfinite(available) ? "" : "," + Csv.number(available)) + "\n");
    for (int p = 0; p < economy.productCount(); p++) {
      out.write(Csv.line("product", economy.productCode(p), economy.productName(p)) + "\n");
    }
    Resources resources = economy.resources();
    for (int r = 0; r < resources.count(); r++) {
      double limit = resources.limit(r);
      out.write(Csv.line("resource", resources.code(r), resources.name(r), resources.unit(r))
          + (Double.isInfinite(limit) ? "" : "," + Csv.number(limit)) + "\n");
    }
    Technologies technologies = economy.technologies();
    for (int t = 0; t < technologies.count(); t++) {
      double capacity = technologies.capacity(t);
      out.write(Csv.line("technology", technologies.id(t),
          economy.productCode(technologies.product(t)))
          + "," + Csv.number(technologies.labour(t))
          + (Double.isInfinite(capacity) ? "" : "," + Csv.number(capacity)) + "\n");
      for (int k = technologies.inputStart(t); k < technologies.inputEnd(t); k++) {
        out.write("input," + Csv.field(economy.productCode(technologies.inputProduct(k)))
            + "," + Csv.number(technologies.inputAmount(k)) + "\n");
      }
      for (int k = technologies.useStart(t); k < technologies.useEnd(t); k++) {
        out.write("use," + Csv.field(resources.code(technologies.useResource(k)))
            + "," + Csv.number(technologies.useAmount(k)) + "\n");
      }
    }
    out.flush();
  }

  private static final class Parser {
    private final CsvReader csv;
    private final ProgressListener progress;
    private EconomyBuilder builder;
    private boolean hasTechnology;
    private final java.util.Set<String> technologyIds = new java.util.HashSet<>();

    Parser(CsvReader csv, ProgressListener progress) {
      this.csv = csv;
      this.progress = progress;
    }

    Economy parse() {
      long records = 0;
      for (CsvRecord r = csv.next(); r != null; r = csv.next()) {
        String kind = r.get(0).strip();
        if (kind.startsWith("#") || r.isBlank()) {
          continue;
        }
        if (builder == null && !kind.equals("economy")) {
          throw r.error("kind", "the file must begin with an 'economy,NAME,LABOUR_UNIT' line, not '" + kind + "'");
        }
        switch (kind) {
          case "economy" -> economy(r);
          case "product" -> product(r);
          case "resource" -> resource(r);
          case "technology" -> technology(r);
          case "input" -> input(r);
          case "use" -> use(r);
          default -> throw r.error("kind", "unknown record '" + kind
              + "' (expected economy, product, resource, technology, input or use)");
        }
        if (++records % 100_000 == 0) {
          progress.progress("reading economy", records, 0);
        }
      }
      if (builder == null) {
        throw new org.serge.InvalidInputException(csv.source(), 0, null, "the file is empty");
      }
      if (builder.productCount() == 0) {
        throw new org.serge.InvalidInputException(csv.source(), 0, null, "the economy has no products");
      }
      return builder.build();
    }

    private void economy(CsvRecord r) {
      fields(r, 3, 4);
      if (builder != null) {
        throw r.error("kind", "a second 'economy' line");
      }
      builder = Economy.builder(r.text(1, "name")).labourUnit(r.text(2, "labour unit"));
      if (r.size() > 3 && !r.get(3).isBlank()) {
        builder.labourAvailable(r.nonNegative(3, "labour available"));
      }
    }

    private void product(CsvRecord r) {
      fields(r, 3, 3);
      String code = r.text(1, "code");
      if (builder.productIndex(code) >= 0) {
        throw r.error("code", "product '" + code + "' is declared twice");
      }
      builder.addProduct(code, r.get(2).strip());
    }

    private void resource(CsvRecord r) {
      fields(r, 4, 5);
      String code = r.text(1, "code");
      if (builder.resourceIndex(code) >= 0) {
        throw r.error("code", "resource '" + code + "' is declared twice");
      }
      double limit = r.size() > 4 && !r.get(4).isBlank() ? r.nonNegative(4, "limit") : Double.POSITIVE_INFINITY;
      builder.addResource(code, r.get(2).strip(), r.get(3).strip(), limit);
    }

    private void technology(CsvRecord r) {
      fields(r, 4, 5);
      String id = r.text(1, "id");
      if (!technologyIds.add(id)) {
        throw r.error("id", "technology '" + id + "' is declared twice");
      }
      int product = product(r, 2, "product");
      double labour = r.nonNegative(3, "labour");
      double capacity = r.size() > 4 && !r.get(4).isBlank() ? r.nonNegative(4, "capacity") : Double.POSITIVE_INFINITY;
      builder.addTechnology(id, product, labour, capacity);
      hasTechnology = true;
    }

    private void input(CsvRecord r) {
      fields(r, 3, 3);
      requireTechnology(r);
      builder.addInput(product(r, 1, "product"), r.nonNegative(2, "amount"));
    }

    private void use(CsvRecord r) {
      fields(r, 3, 3);
      requireTechnology(r);
      String code = r.text(1, "resource");
      int resource = builder.resourceIndex(code);
      if (resource < 0) {
        throw r.error("resource", "unknown resource '" + code + "' (declare it with a 'resource' line first)");
      }
      builder.addUse(resource, r.nonNegative(2, "amount"));
    }

    private int product(CsvRecord r, int index, String field) {
      String code = r.text(index, field);
      int product = builder.productIndex(code);
      if (product < 0) {
        throw r.error(field, "unknown product '" + code + "' (declare it with a 'product' line first)");
      }
      return product;
    }

    private void requireTechnology(CsvRecord r) {
      if (!hasTechnology) {
        throw r.error("kind", "'" + r.get(0).strip() + "' must follow the 'technology' line it belongs to");
      }
    }

    private static void fields(CsvRecord r, int least, int most) {
      if (r.size() < least || r.size() > most) {
        throw r.error(null, "'" + r.get(0).strip() + "' takes " + (least == most ? least : least + " to " + most)
            + " fields, this line has " + r.size());
      }
    }
  }
}
