package org.serge.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code serge bench …}: benchmarks that print a table (and JSON with --json). */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Run a benchmark and print a table of results.",
    subcommands = {
      org.serge.cli.bench.PlanningBenchmark.class,
      BenchVotingCommand.class,
      BudgetingBenchCommand.class,
      org.serge.cli.bench.CycleBenchmark.class,
      org.serge.cli.bench.StoreBenchmark.class,
      org.serge.cli.bench.WebBench.class,
    })
final class BenchCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
