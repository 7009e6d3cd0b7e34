package org.serge.cli.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code serge bench planning}: Leontief solves against triad bandwidth, and plan LPs by solver. */
@Command(
    name = "planning",
    mixinStandardHelpOptions = true,
    description = {
      "Benchmark the planning engine on synthetic economies:",
      " 1. the STREAM triad bandwidth of this machine;",
      " 2. Leontief solves for each --leontief size (f inputs each): seconds, iterations,",
      "    residual, GB/s achieved and its share of the triad;",
      " 3. the optimal-plan LP for each --lp size with each --solver: seconds, objective, memory."
    })
public final class PlanningBenchmark implements Callable<Integer> {
  @Option(names = "--leontief", defaultValue = "10000,100000,1000000", paramLabel = "N,…|none",
      description = "Economy sizes for Leontief solves (default ${DEFAULT-VALUE}).")
  String leontiefSizes;

  @Option(names = "--lp", defaultValue = "1000,10000,100000", paramLabel = "N,…|none",
      description = "Economy sizes for the plan LP (default ${DEFAULT-VALUE}).")
  String lpSizes;

  @Option(names = "--solver", split = ",", defaultValue = "glop,pdlp,highs", paramLabel = "S,…",
      description = "LP solvers to compare (default ${DEFAULT-VALUE}).")
  List<String> solvers;

  @Option(names = "--lp-time-limit", defaultValue = "300", paramLabel = "SECONDS",
      description = "Time limit of each LP solve (default ${DEFAULT-VALUE}); a solver that fails a size skips larger ones.")
  double lpTimeLimit;

  @Option(names = "--inputs", defaultValue = "20", paramLabel = "F", description = "Mean inputs per product (default ${DEFAULT-VALUE}).")
  int inputs;

  @Option(names = "--repeats", defaultValue = "3", description = "Timed repeats per Leontief size, best kept (default ${DEFAULT-VALUE}).")
  int repeats;

  @Option(names = "--seed", defaultValue = "1", description = "Generator seed (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--json", description = "Print the results as JSON.")
  boolean json;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Everything measured, for --json. */
  public record Results(String machine, int threads, double triadGigabytesPerSecond,
      List<LeontiefBenchmark.Row> leontief, List<PlanLpBenchmark.Row> lp) {}

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    String machine = Machine.describe();
    int threads = java.util.concurrent.ForkJoinPool.commonPool().getParallelism() + 1;
    if (!json) {
      out.printf("machine: %s; %d threads%n", machine, threads);
    }
    double triad = MemoryBandwidth.triadGigabytesPerSecond(20_000_000, 10);
    if (!json) {
      out.printf("STREAM triad: %.2f GB/s%n%n", triad);
      out.printf("%-10s %12s %6s %10s %9s %10s %8s %9s%n", "Leontief n", "non-zeros", "iter", "residual",
          "seconds", "s/sweep", "GB/s", "of triad");
    }
    List<LeontiefBenchmark.Row> leontief = new ArrayList<>();
    for (int n : sizes(leontiefSizes, "--leontief")) {
      LeontiefBenchmark.Row row = LeontiefBenchmark.run(n, inputs, seed, repeats, triad);
      leontief.add(row);
      if (!json) {
        out.printf("%-10d %,12d %6d %10.1e %9.3f %10.4f %8.2f %8.0f%%%n", row.products(), row.nonZeros(),
            row.iterations(), row.residual(), row.seconds(), row.secondsPerIteration(),
            row.gigabytesPerSecond(), 100 * row.shareOfTriad());
        out.flush();
      }
      System.gc();
    }
    List<PlanLpBenchmark.Row> lp = PlanLpBenchmark.run(sizes(lpSizes, "--lp"), solvers, inputs, seed, lpTimeLimit,
        json ? null : out, org.serge.planning.solve.LpSolvers::of);
    if (json) {
      out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
          .writeValueAsString(new Results(machine, threads, triad, leontief, lp)));
    }
    return 0;
  }

  private static List<Integer> sizes(String list, String option) {
    if (list.isBlank() || list.equals("none")) {
      return List.of();
    }
    List<Integer> sizes = new ArrayList<>();
    for (String size : list.split(",")) {
      try {
        sizes.add(Integer.parseInt(size.strip()));
      } catch (NumberFormatException e) {
        throw new org.serge.InvalidInputException(null, 0, option, "'" + size + "' is not a whole number");
      }
    }
    return sizes;
  }
}
