package org.serge.cli.demo;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.serge.cli.RecordOptions;
import org.serge.council.PublicRecord;
import org.serge.council.constitution.Constitution;
import org.serge.formats.ConstitutionFile;
import org.serge.formats.OnsTables;
import org.serge.council.planning.PlanReportInputs;
import org.serge.council.planning.PlanningRounds;
import org.serge.formats.PlanReportFiles;
import org.serge.formats.RecordLinks;
import org.serge.planning.cycle.Cycle;
import org.serge.planning.cycle.EconomySplit;
import org.serge.planning.report.PlanReport;
import org.serge.planning.report.PlanReportInput;
import java.util.EnumSet;
import java.util.List;
import org.serge.store.StoreVerifier;
import org.serge.planning.result.Limit;
import org.serge.planning.solve.LpSolver;
import org.serge.planning.solve.LpSolvers;
import org.serge.planning.solve.Planner;

/** Runs the demo's steps and prints their summary. */
public final class Demo {
  private Demo() {}

  /** A shadow price in the ONS tables' terms: £ of wages saved per unit of the limit. */
  static String pounds(Limit limit) {
    if (Double.isNaN(limit.price())) {
      return "n/a (this solver gives no duals)";
    }
    if (limit.kind().equals("labour")) {
      return "1 (wages are the unit of account)";
    }
    return String.format("£%,.2f of wages per %s", limit.price() * 1e6, limit.unit());
  }

  /** The example constitution (examples/uk-federation.yaml, packed into the jar). */
  static Constitution exampleConstitution() throws IOException {
    try (var in = Demo.class.getResourceAsStream("/org/serge/examples/uk-federation.yaml")) {
      if (in == null) {
        throw new IllegalStateException("examples/uk-federation.yaml is not in the jar");
      }
      return ConstitutionFile.read(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8),
          "examples/uk-federation.yaml");
    }
  }

  /**
   * The federation on the record: its councils, delegates, decisions and budget, the plan they
   * make by the cycle, the plan report written to {@code out}, and the verify of the whole record.
   */
  private static GovernanceReport.Outcome federation(OnsTables tables, Path out, RecordOptions records)
      throws IOException {
    EconomySplit.Split split = UkFederation.split(tables, UkFederation.RECORD_PEOPLE_PER_MEMBER);
    GovernanceDemo.Result councils;
    PlanningOnRecord.Outcome planned;
    PlanningRounds.RecordedPlan recorded;
    PlanReportInput input;
    try (PublicRecord record = records.open()) {
      councils = GovernanceDemo.run(record, exampleConstitution(), UkFederation.members(split));
      planned = PlanningOnRecord.run(record, councils, split);
      recorded = record.read(p -> PlanningRounds.recorded(p, planned.plan()));
      input = record.read(p -> PlanReportInputs.of(p, planned.plan()));
    }
    UkPlanning.Result planning = UkPlanning.of(split, recorded.proposals().publicDemand(), new Cycle.Outcome(
        recorded.frame(), recorded.rounds().getLast().converged(), recorded.rounds(), recorded.proposals(), null));
    List<Path> planFiles = PlanReportFiles.write(PlanReport.of(input), out, EnumSet.allOf(PlanReportFiles.Format.class),
        RecordLinks.APPENDIX);
    return new GovernanceReport.Outcome(councils, planning, planned, planFiles,
        StoreVerifier.verify(records.database()), records.database().toString());
  }

  /**
   * @param ons the ONS tables folder
   * @param data the shared data root (elections and budgets are read from it)
   */
  public static void run(Path ons, Path data, Path out, LpSolver.Kind solver, boolean json, PrintWriter printer,
      RecordOptions records) throws IOException {
    OnsTables tables = OnsTables.read(ons);
    UkDemo.Result result = UkDemo.run(tables, new Planner(LpSolvers.of(solver), 120));
    VotesDemo.Result votes = VotesDemo.run(data);
    GovernanceReport.Outcome governance = federation(tables, out, records);
    DemoReport.write(result, votes, governance, out);
    if (json) {
      printer.println(DemoReport.json(result, votes, governance).put("report", out.resolve("report.html").toString())
          .toPrettyString());
      return;
    }
    printer.printf("Serge demo — %s%n%n", result.economy());
    printer.printf("1. The 2019 final use of £%,.0f m needed £%,.0f m of gross output and £%,.0f m of wages.%n",
        result.baseline().demand(), result.baseline().output(), result.baseline().labour());
    printer.printf("2. What if health services +10%% and fossil fuels −20%%: gross output %+,.0f £m, labour %+,.0f £m (%+.2f%%).%n",
        result.whatIf().output() - result.baseline().output(), result.whatIf().labour() - result.baseline().labour(),
        100 * (result.whatIf().labour() / result.baseline().labour() - 1));
    printer.printf("3. Optimal plan with 2019 labour and 30%% less CO2 (illustrative intensities):%n");
    for (UkDemo.PlanOutcome o : java.util.List.of(result.primaryOnly(), result.withAlternatives())) {
      printer.printf("   %-30s fulfilment λ = %6.2f%%, %d products switch technology%n", o.title() + ":",
          100 * o.plan().fulfilment(), o.switched().size());
    }
    for (Limit l : result.withAlternatives().plan().binding()) {
      printer.printf("   binding: %s — shadow price %s%n", l.name(), pounds(l));
    }
    printer.printf("4. Delegates elected by Scottish STV from %,d real ballots (%s): %s (%d stages; the count sheet %s).%n",
        votes.voters(), votes.electionTitle(), String.join(", ", votes.election().elected()),
        votes.election().rounds().size(), votes.election().balances() ? "balances" : "DOES NOT BALANCE");
    printer.printf("5. Participatory budget by Equal Shares (%s, rule %s): %d of %d projects funded, %,d of %,d spent%s;%n"
        + "   %.1f%% of the %,d voters see a project they supported funded (Gini of spending per voter %.2f).%n",
        votes.budgetFile(), votes.rule(), votes.funded().size(), votes.projects(), votes.spent(), votes.budget(),
        votes.matchesOfficial() ? " — exactly the officially selected projects" : " — NOT the official selection",
        100 * votes.impact().satisfiedShare(), votes.budgetVoters(), votes.impact().gini());
    GovernanceReport.summary(governance).forEach(printer::println);
    printer.printf("%nReport: %s (and report.json)%n", out.resolve("report.html"));
  }
}
