package org.serge.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.IntStream;
import org.serge.formats.Csv;
import org.serge.planning.model.Economy;
import org.serge.planning.model.InputOutputSystem;
import org.serge.planning.solve.DenseLeontief;
import org.serge.planning.solve.LeontiefSolution;
import org.serge.planning.solve.LeontiefSolver;
import org.serge.planning.solve.NonProductiveEconomyException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code serge leontief}: gross outputs, labour and labour values for a final demand. */
@Command(
    name = "leontief",
    mixinStandardHelpOptions = true,
    description = {
      "Solve x = (I − A)^-1 d: the gross output every product needs so that final use gets d,",
      "the labour that takes, and the labour value of each product (v = l (I − A)^-1).",
      "With --inverse, print the full Leontief inverse instead (small tables only)."
    })
final class LeontiefCommand implements java.util.concurrent.Callable<Integer> {
  @Mixin EconomySource source;

  @Option(names = "--demand", paramLabel = "FILE",
      description = "Final demand (CSV product,quantity). Default with --ons: the actual final use of the year.")
  Path demandFile;

  @Option(names = "--inverse", description = "Print the Leontief inverse (I − A)^-1 (at most "
      + DenseLeontief.MAX_SIZE + " products).")
  boolean inverse;

  @Option(names = "--format", paramLabel = "table|csv", defaultValue = "table",
      description = "Output format: table (default) or csv.")
  String format;

  @Option(names = "--json", description = "Print the result as JSON.")
  boolean json;

  @Option(names = "--top", paramLabel = "N", defaultValue = "20",
      description = "Table rows to show, largest output first (default ${DEFAULT-VALUE}; 0 = all).")
  int top;

  @Option(names = "--tolerance", paramLabel = "R", defaultValue = "1e-12",
      description = "Relative residual to reach (default ${DEFAULT-VALUE}).")
  double tolerance;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    if (!format.equals("table") && !format.equals("csv")) {
      throw new org.serge.InvalidInputException(null, 0, "--format", "expected table or csv, not '" + format + "'");
    }
    PrintWriter out = spec.commandLine().getOut();
    try (Progress progress = new Progress()) {
      EconomySource.Loaded loaded = source.load(progress);
      Economy economy = loaded.economy();
      InputOutputSystem system = economy.primarySystem();
      try {
        if (inverse) {
          printInverse(out, economy, DenseLeontief.inverse(system));
          return 0;
        }
        double[] demand = EconomySource.demand(loaded, demandFile, "--demand");
        LeontiefSolver solver = LeontiefSolver.defaults().withTolerance(tolerance).withProgress(progress);
        LeontiefSolution output = solver.grossOutput(system, demand);
        LeontiefSolution values = solver.labourValues(system);
        print(out, economy, system, demand, output, values);
      } catch (NonProductiveEconomyException e) {
        throw e.naming(economy.productCodes());
      }
    }
    return 0;
  }

  private void printInverse(PrintWriter out, Economy economy, double[][] inverse) {
    if (json) {
      ObjectNode root = Json.object();
      economy.productCodes().forEach(root.putArray("products")::add);
      ArrayNode rows = root.putArray("inverse");
      for (double[] row : inverse) {
        ArrayNode values = rows.addArray();
        for (double v : row) {
          values.add(v);
        }
      }
      out.println(Json.write(root));
      return;
    }
    StringBuilder header = new StringBuilder();
    for (String code : economy.productCodes()) {
      header.append(',').append(Csv.field(code));
    }
    out.println(header);
    for (int i = 0; i < inverse.length; i++) {
      StringBuilder line = new StringBuilder(Csv.field(economy.productCode(i)));
      for (double v : inverse[i]) {
        line.append(',').append(v);
      }
      out.println(line);
    }
  }

  private void print(PrintWriter out, Economy economy, InputOutputSystem system, double[] demand,
      LeontiefSolution output, LeontiefSolution values) {
    double[] x = output.values();
    double[] v = values.values();
    double totalOutput = IntStream.range(0, x.length).mapToDouble(i -> x[i]).sum();
    double totalLabour = output.dot(system.labourVector());
    if (json) {
      ObjectNode root = Json.object();
      root.put("economy", economy.name());
      root.put("labourUnit", economy.labourUnit());
      root.put("totalDemand", java.util.Arrays.stream(demand).sum());
      root.put("totalOutput", totalOutput);
      root.put("totalLabour", totalLabour);
      root.put("iterations", output.iterations());
      root.put("residual", output.residual());
      root.put("labourValuesResidual", values.residual());
      root.put("seconds", output.seconds() + values.seconds());
      ArrayNode products = root.putArray("products");
      for (int i = 0; i < x.length; i++) {
        products.addObject().put("code", economy.productCode(i)).put("demand", demand[i])
            .put("output", x[i]).put("labour", system.labour(i) * x[i]).put("labourValue", v[i]);
      }
      out.println(Json.write(root));
    } else if (format.equals("csv")) {
      out.println("product,name,demand,output,labour,labour_value");
      for (int i = 0; i < x.length; i++) {
        out.println(Csv.line(economy.productCode(i), economy.productName(i)) + "," + demand[i] + ","
            + x[i] + "," + system.labour(i) * x[i] + "," + v[i]);
      }
    } else {
      out.printf("%s: %,d products%n", economy.name(), x.length);
      out.printf("total output %,.1f; total labour %,.1f %s (%d iterations, residual %.1e, %.2f s)%n%n",
          totalOutput, totalLabour, economy.labourUnit(), output.iterations(), output.residual(),
          output.seconds() + values.seconds());
      Tables.productTable(out, economy, x, demand, system, v, top);
    }
  }
}
