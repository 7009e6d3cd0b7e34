package org.serge.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.serge.InvalidInputException;
import org.serge.planning.model.Economy;
import org.serge.planning.model.Resources;
import org.serge.planning.result.Limit;
import org.serge.planning.result.Plan;
import org.serge.planning.solve.LpSolver;
import org.serge.planning.solve.LpSolvers;
import org.serge.planning.solve.Planner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code serge plan}: the optimal plan for targets under labour and resource limits. */
@Command(
    name = "plan",
    mixinStandardHelpOptions = true,
    description = {
      "Compute the optimal plan: choose among alternative technologies and set every activity",
      "so that the targets are met as far as labour, resources and capacities allow.",
      "Reports fulfilment, labour, which limits bind and their shadow prices, and the",
      "indicative price of every product (labour it costs at the margin).",
      "An infeasible plan (min-labour) names the limits that conflict and by how much.",
      "Exit codes: 0 a plan was found, 1 infeasible or the solver failed, 2 bad input.",
      "serge plan show|list: the plans of planning rounds on the record (serge round)."
    },
    subcommands = {org.serge.cli.council.RoundViews.PlanShow.class, org.serge.cli.council.RoundViews.PlanList.class})
final class PlanCommand implements Callable<Integer> {
  @Mixin EconomySource source;

  @Option(names = "--targets", paramLabel = "FILE",
      description = "Targets (CSV product,quantity). Default with --ons: the year's actual final use.")
  Path targetsFile;

  @Option(names = "--objective", defaultValue = "max-fulfilment", paramLabel = "max-fulfilment|min-labour",
      description = "max-fulfilment: the largest λ with net output ≥ λ·targets (default); "
          + "min-labour: meet the targets in full with the least labour.")
  String objective;

  @Option(names = "--solver", defaultValue = "glop", paramLabel = "glop|pdlp|highs",
      description = "LP solver (default ${DEFAULT-VALUE}; pdlp for the largest plans).")
  LpSolver.Kind solver;

  @Option(names = "--labour", paramLabel = "AMOUNT", description = "Labour available (overrides the economy file).")
  Double labour;

  @Option(names = "--limit", paramLabel = "RESOURCE=AMOUNT", description = "Override a resource limit, e.g. --limit co2=5000.")
  Map<String, Double> limits;

  @Option(names = "--time-limit", defaultValue = "600", paramLabel = "SECONDS",
      description = "Give the solver at most this long (default ${DEFAULT-VALUE}).")
  double timeLimit;

  @Option(names = "--top", defaultValue = "20", paramLabel = "N", description = "Products to list (default ${DEFAULT-VALUE}; 0 = all).")
  int top;

  @Option(names = "--json", description = "Print the plan as JSON.")
  boolean json;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Plan.Objective goal = switch (objective) {
      case "max-fulfilment" -> Plan.Objective.MAX_FULFILMENT;
      case "min-labour" -> Plan.Objective.MIN_LABOUR;
      default -> throw new InvalidInputException(null, 0, "--objective",
          "expected max-fulfilment or min-labour, not '" + objective + "'");
    };
    try (Progress progress = new Progress()) {
      EconomySource.Loaded loaded = source.load(progress);
      Economy economy = withOverrides(loaded.economy());
      double[] targets = EconomySource.demand(loaded, targetsFile, "--targets");
      Plan plan;
      try (AutoCloseable ticking = progress.during("solving with " + solver.name().toLowerCase(java.util.Locale.ROOT))) {
        plan = new Planner(LpSolvers.of(solver), timeLimit).plan(economy, targets, goal);
      }
      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        out.println(Json.write(PlanJson.of(economy, targets, plan)));
      } else {
        PlanText.print(out, economy, targets, plan, top);
      }
      return plan.feasible() ? 0 : 1;
    }
  }

  private Economy withOverrides(Economy economy) {
    Resources resources = economy.resources();
    if (limits != null) {
      for (var limit : limits.entrySet()) {
        int r = resources.find(limit.getKey()).orElseThrow(() -> new InvalidInputException(null, 0, "--limit",
            "unknown resource '" + limit.getKey() + "' (the economy has " + codes(economy.resources()) + ")"));
        if (!(limit.getValue() >= 0) || limit.getValue().isInfinite()) {
          throw new InvalidInputException(null, 0, "--limit", "a limit must be a finite number ≥ 0");
        }
        resources = resources.withLimit(r, limit.getValue());
      }
    }
    if (labour != null && !(labour >= 0)) {
      throw new InvalidInputException(null, 0, "--labour", "labour available must be ≥ 0");
    }
    return economy.withLimits(resources, labour != null ? labour : economy.labourAvailable());
  }

  private static String codes(Resources resources) {
    List<String> codes = IntStream.range(0, resources.count()).mapToObj(resources::code).toList();
    return codes.isEmpty() ? "no resources" : String.join(", ", codes);
  }
}
