package org.serge.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.serge.InvalidInputException;
import org.serge.formats.BltReader;
import org.serge.formats.RctabConfigReader;
import org.serge.formats.RctabConfigReader.RctabContest;
import org.serge.voting.BallotGenerator;
import org.serge.voting.Contest;
import org.serge.voting.CountResult;
import org.serge.voting.CountingRule;
import org.serge.voting.Irv;
import org.serge.voting.MeekStv;
import org.serge.voting.ScottishStv;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code serge bench voting}: times Scottish STV, Meek and IRV on generated ballots (10^6 by
 * default) and on the largest real files (the biggest scot-elex .blt and the 2017 Minneapolis
 * mayor CVR). Each count runs a warm-up then the best of three; memory is the heap in use
 * after the count minus before it, after a GC, as a rough figure.
 */
@Command(name = "voting", mixinStandardHelpOptions = true,
    description = "Benchmark the counting rules on generated and real ballots.")
final class BenchVotingCommand implements Callable<Integer> {
  @Option(names = "--ballots", description = "Generated ballots (default ${DEFAULT-VALUE}).")
  int ballots = 1_000_000;

  @Option(names = "--candidates", description = "Generated candidates (default ${DEFAULT-VALUE}).")
  int candidates = 10;

  @Option(names = "--seats", description = "Seats for STV (default ${DEFAULT-VALUE}).")
  int seats = 3;

  @Option(names = "--seed", description = "Generator seed (default ${DEFAULT-VALUE}).")
  long seed = 1;

  @Option(names = "--data", description = "The shared data folder (default ${DEFAULT-VALUE}).")
  Path data = Path.of("../shared/data");

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  record Row(String contest, String rule, long voters, int groups, double seconds, long memory,
      String elected) {}

  @Override
  public Integer call() throws IOException {
    if (ballots < 1 || candidates < 2 || seats < 1 || seats >= candidates) {
      throw new InvalidInputException("need ballots ≥ 1, candidates ≥ 2 and 1 ≤ seats < candidates");
    }
    PrintWriter out = spec.commandLine().getOut();
    List<Row> rows = new ArrayList<>();
    long start = System.nanoTime();
    Contest generated = BallotGenerator.generate(ballots, candidates, seats, seed);
    out.printf("generated %,d ballots in %.2f s%n", ballots, (System.nanoTime() - start) / 1e9);
    String name = "generated " + ballots;
    rows.add(time(name, generated, ScottishStv::new));
    rows.add(time(name, generated, MeekStv::new));
    rows.add(time(name, generated.withSeats(1), Irv::new));
    Path largest = largestBlt(data.resolve("elections/scot-elex"));
    if (largest != null) {
      Contest real = BltReader.read(largest);
      rows.add(time(largest.getFileName().toString(), real, ScottishStv::new));
      rows.add(time(largest.getFileName().toString(), real, MeekStv::new));
      rows.add(time(largest.getFileName().toString(), real.withSeats(1), Irv::new));
    }
    Path mayor = data.resolve(
        "elections/rctab/2017_minneapolis_mayor/2017_minneapolis_mayor_config.json");
    if (Files.isRegularFile(mayor)) {
      long read = System.nanoTime();
      RctabContest rctab = RctabConfigReader.read(mayor);
      out.printf("read the Minneapolis 2017 mayor CVR (.xlsx) in %.2f s%n",
          (System.nanoTime() - read) / 1e9);
      rows.add(time("minneapolis 2017 mayor", rctab.contest(), () -> new Irv(rctab.options())));
    }
    out.printf("%-40s %-9s %10s %9s %9s %10s  %s%n", "contest", "rule", "voters", "groups",
        "seconds", "memory MB", "elected");
    for (Row row : rows) {
      out.printf("%-40s %-9s %,10d %,9d %9.3f %10.1f  %s%n", row.contest(), row.rule(),
          row.voters(), row.groups(), row.seconds(), row.memory() / 1e6, row.elected());
    }
    out.flush();
    return 0;
  }

  private static Row time(String name, Contest contest, Supplier<CountingRule> rule) {
    rule.get().count(contest); // warm-up
    double best = Double.MAX_VALUE;
    long memory = 0;
    CountResult result = null;
    for (int i = 0; i < 3; i++) {
      System.gc();
      Runtime runtime = Runtime.getRuntime();
      long before = runtime.totalMemory() - runtime.freeMemory();
      long start = System.nanoTime();
      result = rule.get().count(contest);
      best = Math.min(best, (System.nanoTime() - start) / 1e9);
      memory = Math.max(memory, runtime.totalMemory() - runtime.freeMemory() - before);
    }
    String elected = String.join("; ", result.elected());
    return new Row(shorten(name), result.rule(), contest.voters(), contest.ballots().size(), best,
        Math.max(0, memory), elected.length() > 60 ? elected.substring(0, 57) + "..." : elected);
  }

  private static String shorten(String name) {
    return name.length() > 40 ? name.substring(0, 39) : name;
  }

  private static Path largestBlt(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return null;
    }
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(p -> p.toString().endsWith(".blt"))
          .max(Comparator.comparingLong(BenchVotingCommand::size)).orElse(null);
    }
  }

  private static long size(Path p) {
    try {
      return Files.size(p);
    } catch (IOException e) {
      return 0;
    }
  }
}
