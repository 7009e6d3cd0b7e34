package org.serge.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import org.serge.InvalidInputException;
import org.serge.planning.cycle.Cycle;
import org.serge.planning.cycle.CycleSettings;
import org.serge.planning.cycle.PriceRule;
import org.serge.planning.cycle.Round;
import org.serge.planning.cycle.SimulatedEconomy;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code serge simulate --consumers C --producers P [--products N] [--seed S] [--json]}: the
 * participatory planning cycle with simulated (Pequod-like) councils, reporting the rounds to
 * convergence and the time a round takes. The JSON keys {@code converged}, {@code rounds} and
 * {@code secondsPerRound} are an interface others rely on: keep them.
 */
@Command(name = "simulate", mixinStandardHelpOptions = true,
    description = {
      "Run the planning cycle with simulated councils: Cobb-Douglas consumer councils spend",
      "their hours' budget, Cobb-Douglas producer councils maximise benefit minus cost at the",
      "indicative prices, and prices move by a quasi-Newton step on excess demand until every",
      "product balances within --epsilon. Reports rounds to convergence and seconds a round."
    })
final class SimulateCommand implements Runnable {
  @Option(names = "--consumers", required = true, paramLabel = "C", description = "Consumer councils.")
  int consumers;

  @Option(names = "--producers", required = true, paramLabel = "P", description = "Producer councils (≥ products).")
  int producers;

  @Option(names = "--products", defaultValue = "10", paramLabel = "N",
      description = "Products (default ${DEFAULT-VALUE}).")
  int products;

  @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Random seed (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--epsilon", defaultValue = "0.01", paramLabel = "E",
      description = "Converged when every |excess demand| ≤ E × supply (default ${DEFAULT-VALUE}).")
  double epsilon;

  @Option(names = "--max-rounds", defaultValue = "200", paramLabel = "R",
      description = "Give up after R rounds (default ${DEFAULT-VALUE}).")
  int maxRounds;

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    if (products < 2 || consumers < 1 || producers < products || !(epsilon > 0) || maxRounds < 1) {
      throw new InvalidInputException(null, 0, "--producers",
          "need ≥ 2 products, ≥ 1 consumer council, at least one producer council per product, "
              + "--epsilon > 0 and --max-rounds ≥ 1");
    }
    SimulatedEconomy economy = SimulatedEconomy.generate(consumers, producers, products, seed);
    CycleSettings settings = CycleSettings.of(PriceRule.Kind.EXCESS).withEpsilon(epsilon).withMaxRounds(maxRounds);
    Cycle.Outcome outcome = Cycle.of(economy.frame(), settings)
        .simulate(economy.consumers(), economy.producers(), new double[products]);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      ObjectNode root = Json.object();
      root.put("converged", outcome.converged());
      root.put("rounds", outcome.roundCount());
      root.put("secondsPerRound", outcome.secondsPerRound());
      root.put("consumers", consumers).put("producers", producers).put("products", products).put("seed", seed);
      root.put("epsilon", epsilon).put("rule", "excess");
      Json.number(root, "largestExcess", outcome.last().largestExcess());
      root.put("incomePerHour", outcome.last().prices().incomePerHour());
      ArrayNode excess = root.putArray("largestExcessByRound");
      outcome.rounds().forEach(round -> excess.add(round.largestExcess()));
      out.println(Json.compact(root));
    } else {
      out.printf("%,d consumer and %,d producer councils, %d products (seed %d), ε = %g%n",
          consumers, producers, products, seed, epsilon);
      out.printf("%6s %16s %10s%n", "round", "largest |excess|", "seconds");
      for (Round round : outcome.rounds()) {
        out.printf("%6d %16.3e %10.4f%n", round.number(), round.largestExcess(), round.seconds());
      }
      out.printf("%s after %d rounds, %.4f s a round%n",
          outcome.converged() ? "converged" : "NOT converged", outcome.roundCount(), outcome.secondsPerRound());
    }
    out.flush();
  }
}
