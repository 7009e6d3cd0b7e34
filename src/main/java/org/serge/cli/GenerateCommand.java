package org.serge.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.serge.formats.DemandFile;
import org.serge.formats.EconomyFile;
import org.serge.planning.generate.EconomyGenerator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code serge generate …}: synthetic data for tests at scale and benchmarks. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = "Generate synthetic data.",
    subcommands = GenerateCommand.Economy.class)
final class GenerateCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(
      name = "economy",
      mixinStandardHelpOptions = true,
      description = {
        "Generate a realistic sparse economy: skewed input degrees, spectral radius < 1,",
        "alternative technologies trading labour against CO2, and CO2 and labour limits",
        "that bind for the generated final demand. The same seed gives the same economy."
      })
  static final class Economy implements Callable<Integer> {
    @Option(names = "--products", required = true, paramLabel = "N", description = "Number of products.")
    int products;

    @Option(names = "--inputs", defaultValue = "20", paramLabel = "F",
        description = "Mean number of inputs per technology (default ${DEFAULT-VALUE}).")
    int inputs;

    @Option(names = "--technologies", defaultValue = "2", paramLabel = "K",
        description = "Alternative technologies per product (default ${DEFAULT-VALUE}).")
    int technologies;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE",
        description = "The economy file to write (.gz compresses).")
    Path output;

    @Option(names = "--demand", paramLabel = "FILE", description = "Also write the final demand (CSV).")
    Path demand;

    @Option(names = "--json", description = "Print a summary as JSON.")
    boolean json;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      if (products < 2 || inputs < 1 || technologies < 1) {
        throw new org.serge.InvalidInputException(null, 0, "--products",
            "need at least 2 products, 1 input and 1 technology per product");
      }
      long began = System.nanoTime();
      EconomyGenerator.Generated generated;
      try (Progress progress = new Progress()) {
        generated = EconomyGenerator.of(products, inputs, technologies, seed).generate(progress);
        try (AutoCloseable writing = progress.during("writing " + output)) {
          EconomyFile.write(generated.economy(), output);
        }
      }
      if (demand != null) {
        DemandFile.write(generated.economy(), generated.demand(), demand);
      }
      var economy = generated.economy();
      double seconds = (System.nanoTime() - began) / 1e9;
      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        out.println(Json.write(Json.object().put("output", output.toString()).put("products", economy.productCount())
            .put("technologies", economy.technologies().count()).put("inputs", economy.technologies().inputCount())
            .put("labourAvailable", economy.labourAvailable()).put("seconds", seconds)));
      } else {
        out.printf("wrote %s: %,d products, %,d technologies, %,d inputs (%.1f s)%n", output,
            economy.productCount(), economy.technologies().count(), economy.technologies().inputCount(), seconds);
      }
      return 0;
    }
  }
}
