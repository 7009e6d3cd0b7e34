package org.serge.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.serge.InvalidInputException;
import org.serge.budgeting.BudgetRules;
import org.serge.budgeting.PbInstance;
import org.serge.formats.PbReader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code serge bench budgeting [FILE.pb]}: times reading the largest pabulib file and
 * counting it with Equal Shares (plain and with add1 completion), Phragmén and greedy; the
 * median of several runs after warm-up, and the peak heap used.
 */
@Command(name = "budgeting", mixinStandardHelpOptions = true,
    description = "Benchmark the budgeting rules on the largest pabulib file.")
final class BudgetingBenchCommand implements Runnable {
  @Parameters(index = "0", arity = "0..1", paramLabel = "FILE.pb",
      description = "Default: the largest .pb under DATA/pb/pabulib.")
  Path file;

  @Option(names = "--data", defaultValue = "../shared/data", description = "Shared data folder.")
  Path data;

  @Option(names = "--runs", defaultValue = "5", description = "Timed runs per rule.") int runs;

  @Option(names = "--json", description = "Print JSON.") boolean json;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    Path input = file != null ? file : largest(data.resolve("pb/pabulib"));
    Map<String, Double> millis = new LinkedHashMap<>();
    resetPeaks();
    millis.put("read .pb", median(() -> PbReader.read(input)));
    PbInstance instance = PbReader.read(input);
    for (String rule : List.of("equalshares", "equalshares/add1", "phragmen", "greedy")) {
      millis.put(rule, median(() -> BudgetRules.byId(rule).select(instance)));
    }
    long peak = peakHeap();
    System.gc();
    Runtime runtime = Runtime.getRuntime();
    long retained = runtime.totalMemory() - runtime.freeMemory(); // the instance is still reachable
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      var root = Json.object();
      root.put("file", input.getFileName().toString());
      root.put("voters", instance.ballots().size());
      root.put("projects", instance.projects().size());
      root.set("medianMillis", Json.MAPPER.valueToTree(millis));
      root.put("peakHeapMiB", peak / (1 << 20));
      root.put("retainedHeapMiB", retained / (1 << 20));
      out.println(Json.write(root));
    } else {
      out.printf("%s: %d voters, %d projects, median of %d runs after warm-up%n",
          input.getFileName(), instance.ballots().size(), instance.projects().size(), runs);
      out.printf("%-20s %10s%n", "step", "ms");
      millis.forEach((step, ms) -> out.printf("%-20s %10.1f%n", step, ms));
      out.printf("peak heap used: %d MiB (garbage included); retained after GC: %d MiB%n",
          peak / (1 << 20), retained / (1 << 20));
    }
    out.flush();
  }

  private double median(Runnable task) {
    for (int i = 0; i < 2; i++) {
      task.run(); // warm-up: let the JIT compile the hot loops
    }
    double[] times = new double[Math.max(1, runs)];
    for (int i = 0; i < times.length; i++) {
      long start = System.nanoTime();
      task.run();
      times[i] = (System.nanoTime() - start) / 1e6;
    }
    java.util.Arrays.sort(times);
    return times[times.length / 2];
  }

  private static Path largest(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(p -> p.toString().endsWith(".pb"))
          .max(Comparator.comparingLong(BudgetingBenchCommand::size))
          .orElseThrow(() -> new InvalidInputException(folder.toString(), 0, null, "holds no .pb file"));
    } catch (IOException e) {
      throw new InvalidInputException(folder.toString(), 0, null, "cannot list: " + e.getMessage());
    }
  }

  private static long size(Path p) {
    try {
      return Files.size(p);
    } catch (IOException e) {
      return 0;
    }
  }

  private static void resetPeaks() {
    System.gc();
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  private static long peakHeap() {
    long total = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        total += pool.getPeakUsage().getUsed();
      }
    }
    return total;
  }
}
