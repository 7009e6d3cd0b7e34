package org.serge.cli.council;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.serge.InvalidInputException;
import org.serge.cli.RecordOptions;
import org.serge.council.Polity;
import org.serge.council.planning.PlanReportInputs;
import org.serge.formats.PlanReportFiles;
import org.serge.formats.RecordLinks;
import org.serge.planning.report.PlanReport;
import org.serge.planning.report.PlanReportInput;
import org.serge.planning.report.SimulatedPlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code serge report PLAN_ID [--out DIR] [--format html,json,csv] [--links PATTERN]}: the plan
 * report — by whom, for whom, to what end — with every number linked to its record event.
 * The plan's input comes from the record ({@link PlanReportInputs}); {@code --simulate SEED}
 * instead reports a plan of a simulated cycle (no record needed), to try the report.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = {"Write the plan report of PLAN_ID: who makes what with what hours, who receives what, and how far",
        "the objectives are met, every number linked to the record event it came from. Writes plan-ID.html,",
        "plan-ID.json, plan-ID.csv and plan-ID-events.csv to --out and prints their paths."})
public final class ReportCommand implements Callable<Integer> {

  /** Builds the plan report's input for a plan from the state of the record. */
  @FunctionalInterface
  public interface PlanInputs {
    /**
     * @throws InvalidInputException when there is no such plan
     */
    PlanReportInput input(Polity polity, String planId);
  }

  @Parameters(index = "0", paramLabel = "PLAN_ID", description = "The plan's id on the record.")
  String planId;

  @Option(names = "--out", defaultValue = "serge-out", paramLabel = "DIR",
      description = "Where to write the files (default ./${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--format", split = ",", paramLabel = "FORMAT", defaultValue = "html,json,csv",
      description = "Any of html, json, csv, comma-separated (default ${DEFAULT-VALUE}).")
  List<String> formats;

  @Option(names = "--links", paramLabel = "PATTERN", defaultValue = "record.html#seq-{seq}",
      description = "Where numbers link to, {seq} standing for the event's seq (default ${DEFAULT-VALUE}; "
          + "#event-{seq} links to the report's own list of events).")
  String links;

  @Option(names = "--simulate", paramLabel = "SEED",
      description = "Report a simulated plan (60 neighbourhood and 24 workplace councils, 8 products, 2 regions) "
          + "instead of one on the record.")
  Long simulate;

  @Mixin RecordOptions records;
  @Spec CommandSpec spec;

  private final PlanInputs inputs;

  public ReportCommand() {
    this(PlanReportInputs::of);
  }

  /** A report command reading plans through {@code inputs}. */
  public ReportCommand(PlanInputs inputs) {
    this.inputs = inputs;
  }

  @Override
  public Integer call() throws IOException {
    Set<PlanReportFiles.Format> chosen = EnumSet.noneOf(PlanReportFiles.Format.class);
    formats.forEach(format -> chosen.add(PlanReportFiles.Format.parse(format)));
    RecordLinks pattern = new RecordLinks(links);
    PlanReportInput input = simulate != null
        ? SimulatedPlan.input(planId, 60, 24, 8, 2, simulate)
        : Submission.read(records, polity -> inputs.input(polity, planId));
    PlanReport report = PlanReport.of(input);
    PrintWriter printed = spec.commandLine().getOut();
    for (Path file : PlanReportFiles.write(report, out, chosen, pattern)) {
      printed.println(file);
    }
    printed.flush();
    return 0;
  }
}
