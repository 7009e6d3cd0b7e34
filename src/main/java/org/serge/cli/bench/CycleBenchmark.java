package org.serge.cli.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.serge.InvalidInputException;
import org.serge.planning.cycle.Cycle;
import org.serge.planning.cycle.CycleSettings;
import org.serge.planning.cycle.PriceRule;
import org.serge.planning.cycle.SimulatedEconomy;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code serge bench cycle}: rounds to convergence and seconds a round of the planning cycle
 * with simulated councils, at Pequod's size (3,000 + 3,000 councils) and at 10^5 councils.
 */
@Command(
    name = "cycle",
    mixinStandardHelpOptions = true,
    description = {
      "Benchmark the participatory planning cycle with simulated councils: for each size",
      "C:P (consumer:producer councils) the rounds to convergence within --epsilon and the",
      "seconds a round takes (all councils' proposals, the tally and the next prices)."
    })
public final class CycleBenchmark implements Callable<Integer> {
  @Option(names = "--sizes", defaultValue = "3000:3000,50000:50000", paramLabel = "C:P,…",
      description = "Consumer:producer councils per run (default ${DEFAULT-VALUE}).")
  String sizes;

  @Option(names = "--products", defaultValue = "10", paramLabel = "N", description = "Products (default ${DEFAULT-VALUE}).")
  int products;

  @Option(names = "--epsilon", defaultValue = "0.01", paramLabel = "E",
      description = "Convergence tolerance (default ${DEFAULT-VALUE}).")
  double epsilon;

  @Option(names = "--seed", defaultValue = "1", description = "Generator seed (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--json", description = "Print the results as JSON.")
  boolean json;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** One size. */
  public record Row(int consumers, int producers, int products, boolean converged, int rounds,
      double secondsPerRound, double seconds, double largestExcess) {}

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (!json) {
      out.printf("machine: %s%n", Machine.describe());
      out.printf("%-10s %-10s %-8s %-9s %6s %10s %9s %14s%n", "consumers", "producers", "products", "converged",
          "rounds", "s/round", "seconds", "largest excess");
    }
    List<Row> rows = new ArrayList<>();
    for (String size : sizes.split(",")) {
      String[] parts = size.strip().split(":");
      int consumers;
      int producers;
      try {
        consumers = Integer.parseInt(parts[0]);
        producers = Integer.parseInt(parts[parts.length - 1]);
      } catch (NumberFormatException e) {
        throw new InvalidInputException(null, 0, "--sizes", "'" + size + "' is not C:P (two whole numbers)");
      }
      SimulatedEconomy economy = SimulatedEconomy.generate(consumers, producers, products, seed);
      System.gc();
      Cycle.Outcome outcome = Cycle.of(economy.frame(), CycleSettings.of(PriceRule.Kind.EXCESS).withEpsilon(epsilon))
          .simulate(economy.consumers(), economy.producers(), new double[products]);
      double seconds = outcome.secondsPerRound() * outcome.roundCount();
      Row row = new Row(consumers, producers, products, outcome.converged(), outcome.roundCount(),
          outcome.secondsPerRound(), seconds, outcome.last().largestExcess());
      rows.add(row);
      if (!json) {
        out.printf("%,-10d %,-10d %-8d %-9s %6d %10.4f %9.3f %14.2e%n", consumers, producers, products,
            row.converged(), row.rounds(), row.secondsPerRound(), row.seconds(), row.largestExcess());
        out.flush();
      }
    }
    if (json) {
      out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(rows));
    } else {
      out.println("Pequod (Hahnel & Wright) needs 41–96 rounds in its first year at 3,000 + 3,000 councils.");
    }
    return 0;
  }
}
