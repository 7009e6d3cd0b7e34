package org.serge.cli;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.stream.IntStream;
import org.serge.planning.model.Economy;
import org.serge.planning.model.InputOutputSystem;

/** Plain-text tables for the terminal. */
final class Tables {
  private Tables() {}

  /** Products by output, largest first: demand, output, labour, labour value. */
  static void productTable(PrintWriter out, Economy economy, double[] output, double[] demand,
      InputOutputSystem system, double[] labourValues, int top) {
    int rows = top <= 0 ? output.length : Math.min(top, output.length);
    out.printf("%-22s %14s %14s %14s %12s%n", "product", "final demand", "gross output", "labour", "labour value");
    IntStream.range(0, output.length).boxed()
        .sorted(Comparator.comparingDouble((Integer i) -> -output[i])).limit(rows)
        .forEach(i -> out.printf("%-22s %,14.1f %,14.1f %,14.1f %12.4f%n", shorten(economy.productCode(i), 22),
            demand[i], output[i], system.labour(i) * output[i], labourValues[i]));
    if (rows < output.length) {
      out.printf("… %,d more (--top 0 shows all, --format csv or --json for machines)%n", output.length - rows);
    }
  }

  static String shorten(String text, int width) {
    return text.length() <= width ? text : text.substring(0, width - 1) + "…";
  }
}
