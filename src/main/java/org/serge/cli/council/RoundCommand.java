package org.serge.cli.council;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.serge.InvalidInputException;
import org.serge.cli.RecordOptions;
import org.serge.council.Action;
import org.serge.council.PublicRecord;
import org.serge.council.planning.CloseIteration;
import org.serge.council.planning.FallBack;
import org.serge.council.planning.OpenRound;
import org.serge.council.planning.PlanningRound;
import org.serge.council.planning.PlanningRounds;
import org.serge.council.planning.ProposeDemand;
import org.serge.council.planning.ProposeProduction;
import org.serge.council.planning.RoundSimulation;
import org.serge.council.planning.RoundSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code serge round open|propose|iterate|fallback|simulate|show|list}: planning rounds on the record. */
@Command(name = "round", mixinStandardHelpOptions = true,
    description = {"Planning rounds of a federation: open one by a decision of its assembly, propose demand",
        "(neighbourhood councils) and production (workplace councils), close iterations (the engine publishes",
        "prices, each product's excess and the verdict), fall back to the plan LP after the most rounds, let",
        "simulated councils revise. The converged plan goes to the assembly: serge motion open FEDERATION",
        "--kind plan --subject-type plan --subject PLAN, then vote and close; see serge plan show."},
    subcommands = {RoundCommand.Open.class, RoundCommand.Propose.class, RoundCommand.Iterate.class,
        RoundCommand.Fall.class, RoundCommand.Simulate.class, RoundViews.Show.class, RoundViews.ListRounds.class})
public final class RoundCommand extends Group {
  @Command(name = "open", mixinStandardHelpOptions = true,
      description = "Open a planning round in FEDERATION, as its assembly decided (cite the adopted plan motion).")
  static final class Open extends Submit {
    @Parameters(index = "0", paramLabel = "FEDERATION") String federation;
    @Option(names = "--decision", required = true, paramLabel = "MOTION|DECISION",
        description = "The adopted motion of kind plan (m-…), or decision (d-…), of the assembly.") String decision;
    @Option(names = "--title", required = true) String title;
    @Option(names = "--period", defaultValue = "", paramLabel = "TEXT", description = "The period planned (2027).")
    String period;
    @Option(names = "--product", required = true, paramLabel = "CODE@REGION",
        description = "A product and the region (federation id) making it (repeat).") List<String> products;
    @Option(names = "--resource", paramLabel = "CODE=LIMIT", description = "A limited resource (repeat): co2=5000.")
    Map<String, Double> resources = new LinkedHashMap<>();
    @Option(names = "--max-hours", defaultValue = "Infinity", paramLabel = "HOURS",
        description = "The most hours of work a member gives (default: no limit).") double maxHours;
    @Option(names = "--public", paramLabel = "CODE=UNITS", description = "Public demand (repeat).")
    Map<String, Double> publicDemand = new LinkedHashMap<>();
    @Option(names = "--pb", paramLabel = "ROUND/PROJECT:CODE=UNITS[,CODE=UNITS]",
        description = "A budget round's project and the products it needs, demanded if it was selected (repeat).")
    List<String> budgets = new ArrayList<>();
    @Option(names = "--epsilon", defaultValue = "0.01", description = "Convergence tolerance (default ${DEFAULT-VALUE}).")
    double epsilon;
    @Option(names = "--max-rounds", defaultValue = "50", description = "Most iterations before the fallback (default ${DEFAULT-VALUE}).")
    int maxRounds;
    @Option(names = "--rule", defaultValue = "cost", paramLabel = "cost|excess",
        description = "Price rule (default ${DEFAULT-VALUE}).") String rule;

    Action action() {
      List<RoundSpec.Product> list = new ArrayList<>();
      for (String p : products) {
        int at = p.lastIndexOf('@');
        if (at <= 0 || at == p.length() - 1) {
          throw new InvalidInputException(null, 0, "--product", "'" + p + "' is not CODE@REGION");
        }
        list.add(new RoundSpec.Product(p.substring(0, at), p.substring(at + 1)));
      }
      List<RoundSpec.Resource> limits = new ArrayList<>();
      resources.forEach((code, limit) -> limits.add(new RoundSpec.Resource(code, limit)));
      return new OpenRound(federation, decision, new RoundSpec(title, period, list, limits, maxHours, publicDemand,
          budgets.stream().map(Open::budgeted).toList(), epsilon, maxRounds, rule));
    }

    private static RoundSpec.Budgeted budgeted(String text) {
      int slash = text.indexOf('/');
      int colon = text.indexOf(':');
      if (slash <= 0 || colon <= slash + 1) {
        throw new InvalidInputException(null, 0, "--pb", "'" + text + "' is not ROUND/PROJECT:CODE=UNITS[,…]");
      }
      return new RoundSpec.Budgeted(text.substring(0, slash), text.substring(slash + 1, colon),
          quantities(text.substring(colon + 1), "--pb"));
    }
  }

  @Command(name = "propose", mixinStandardHelpOptions = true,
      description = {"Propose for your council: demand (a neighbourhood council: --demand, --hours per member) or",
          "production (a workplace council: --product, --output, --input, --hours in all, --use, --capacity).",
          "Replaces the council's earlier proposal from the next iteration on."})
  static final class Propose extends Submit {
    @Parameters(index = "0", paramLabel = "ROUND") String round;
    @Option(names = "--council", required = true) String council;
    @Option(names = "--demand", paramLabel = "CODE=UNITS", description = "Units asked for, in total (repeat).")
    Map<String, Double> demand = new LinkedHashMap<>();
    @Option(names = "--hours", required = true, paramLabel = "HOURS",
        description = "Demand: hours each member offers. Production: hours the output takes, all workers together.")
    double hours;
    @Option(names = "--product", paramLabel = "CODE", description = "Production: the product made.") String product;
    @Option(names = "--output", defaultValue = "0") double output;
    @Option(names = "--input", paramLabel = "CODE=UNITS", description = "Production: inputs used (repeat).")
    Map<String, Double> inputs = new LinkedHashMap<>();
    @Option(names = "--use", paramLabel = "CODE=UNITS", description = "Production: resources used (repeat).")
    Map<String, Double> uses = new LinkedHashMap<>();
    @Option(names = "--capacity", defaultValue = "Infinity", description = "Production: the most it can make.")
    double capacity;

    Action action() {
      if (product == null) {
        return new ProposeDemand(round, council, hours, demand);
      }
      if (!demand.isEmpty()) {
        throw new InvalidInputException(null, 0, "--demand", "a proposal is demand or production, not both");
      }
      return new ProposeProduction(round, council, product, output, inputs, hours, uses, capacity);
    }
  }

  @Command(name = "iterate", mixinStandardHelpOptions = true,
      description = "Close the next iteration (a delegate): sum the current proposals, publish tally, excess, verdict and prices.")
  static final class Iterate extends Submit {
    @Parameters(index = "0", paramLabel = "ROUND") String round;

    Action action() {
      return new CloseIteration(round);
    }
  }

  @Command(name = "fallback", mixinStandardHelpOptions = true,
      description = "After the most rounds without convergence, draft the plan LP's answer from the stated targets.")
  static final class Fall extends Submit {
    @Parameters(index = "0", paramLabel = "ROUND") String round;

    Action action() {
      return new FallBack(round);
    }
  }

  @Command(name = "simulate", mixinStandardHelpOptions = true,
      description = {"Let simulated councils revise every council's proposal through the same actions (submitted by",
          "a member of each council), the delegate named by --as closing each iteration, until the round converges",
          "or --iterations have closed. Workplaces must have proposed once (their technology)."})
  static final class Simulate implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "ROUND") String round;
    @Option(names = "--seed", defaultValue = "1") long seed;
    @Option(names = "--iterations", defaultValue = "50") int iterations;
    @Option(names = "--json") boolean json;
    @Mixin ActorOptions who;
    @Mixin RecordOptions records;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      if (who.actor().isInstance()) {
        throw new InvalidInputException(null, 0, "--as", "name the delegate who closes the iterations");
      }
      try (PublicRecord record = records.open()) {
        int closed = RoundSimulation.run(record, round, who.actor().memberId(), seed, iterations, Clock.systemUTC());
        PlanningRound r = record.read(p -> PlanningRounds.round(p, round));
        String plan = record.read(p -> PlanningRounds.plans(p, round).stream()
            .filter(x -> x.status().equals("drafted")).map(x -> x.id()).reduce((a, b) -> b).orElse(null));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
          var node = Submission.MAPPER.createObjectNode().put("round", round).put("iterations", closed)
              .put("status", r.status()).put("plan", plan);
          node.put("converged", r.status().equals("deciding"));
          out.println(Submission.write(node));
        } else {
          out.println(round + ": " + closed + " iteration" + (closed == 1 ? "" : "s") + " closed, now " + r.status()
              + (plan == null ? "" : "; plan " + plan + " drafted"));
        }
        return 0;
      }
    }
  }

  /** CODE=UNITS[,CODE=UNITS…] as a map. */
  static Map<String, Double> quantities(String text, String option) {
    Map<String, Double> map = new LinkedHashMap<>();
    for (String pair : text.split(",")) {
      int eq = pair.indexOf('=');
      try {
        map.put(pair.substring(0, eq).strip(), Double.parseDouble(pair.substring(eq + 1).strip()));
      } catch (RuntimeException e) {
        throw new InvalidInputException(null, 0, option, "'" + pair + "' is not CODE=UNITS");
      }
    }
    return map;
  }
}
