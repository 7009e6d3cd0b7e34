package org.serge.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.serge.cli.demo.Demo;
import org.serge.planning.solve.LpSolver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code serge demo}: the main job on real data, with a report a person wants to read. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Run Serge on the UK 2019 economy (ONS input-output tables): the outputs and labour the",
      "year's final use took; a what-if (+10% health services, −20% fossil fuels); and an",
      "optimal plan with low-carbon alternative technologies under a CO2 limit; then a",
      "delegate election by Scottish STV and a participatory budget by Equal Shares on real ballots;",
      "then, on the public record (--db, default the embedded store), the UK as a federation of 3 regions and",
      "33 councils: delegates elected by STV, refused unconstitutional acts, the plan's objectives decided with",
      "a minority report, a participatory budget by Equal Shares, and the councils planning the economy by the",
      "participatory planning cycle, ending with `serge record verify`. Writes report.html and report.json to",
      "--out and prints a short summary."
    })
final class DemoCommand implements Callable<Integer> {
  @Option(names = "--ons", paramLabel = "DIR",
      description = "The ONS tables (default: ons-ioat-2019 under $SERGE_DATA or ../shared/data).")
  Path ons;

  @Option(names = "--out", defaultValue = "serge-out", paramLabel = "DIR",
      description = "Where to write the report (default ./${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--solver", defaultValue = "glop", paramLabel = "glop|pdlp|highs",
      description = "LP solver for the plans (default ${DEFAULT-VALUE}).")
  LpSolver.Kind solver;

  @Option(names = "--json", description = "Print the summary as JSON.")
  boolean json;

  @picocli.CommandLine.Mixin RecordOptions records;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    Path tables = ons != null ? ons : SharedDataLocation.resolve("ons-ioat-2019");
    PrintWriter printer = spec.commandLine().getOut();
    Path data = SharedDataLocation.resolve("elections").getParent();
    Demo.run(tables, data, out, solver, json, printer, records);
    return 0;
  }
}
