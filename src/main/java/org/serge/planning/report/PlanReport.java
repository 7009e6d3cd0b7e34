package org.serge.planning.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The plan report: for every number of an approved (or proposed) plan — planned by whom, for
 * whom, to what end — with the record events each number came from. A pure function of a
 * {@link PlanReportInput}; renderers (HTML, JSON, CSV) live in {@code org.serge.formats}.
 * Immutable.
 *
 * <p>Every {@link Figure} of the sections is also in {@link #figures()}, in report order, and
 * every source of a figure is in {@link #events()}, so a renderer can list the events once
 * and link each number to them.
 *
 * @param planId the plan's id on the record
 * @param title the plan's title
 * @param period the period it plans for
 * @param opening the event that opened the round
 * @param approval the event that approved the plan, or null when it is not (yet) approved
 * @param regions the region codes, in the frame's order (a council's region indexes them)
 * @param converged whether the plan's round met the convergence criterion
 * @param byWhom who makes what, with which hours
 * @param forWhom who receives what, public goods, distribution, trade
 * @param toWhatEnd the objectives and how far they are met, the limits, convergence
 * @param balance the material balance of each product, in the frame's order
 * @param flows the flows of the plan in hours, for the flow chart
 * @param minorityReports the minority reports attached to the plan's motion
 * @param figures every figure above, in report order
 * @param events every event a figure or minority report came from (and the opening and the
 *     approval), in log order, one per seq
 */
public record PlanReport(String planId, String title, String period, Source opening, Source approval,
    List<String> regions, boolean converged, ByWhom byWhom, ForWhom forWhom, ToWhatEnd toWhatEnd, List<Balance> balance,
    List<Flow> flows, List<PlanReportInput.MinorityReport> minorityReports, List<Figure> figures,
    List<Source> events) {

  public PlanReport {
    regions = List.copyOf(regions);
    balance = List.copyOf(balance);
    flows = List.copyOf(flows);
    minorityReports = List.copyOf(minorityReports);
    figures = List.copyOf(figures);
    events = List.copyOf(events);
  }

  /**
   * Computes every figure of the report.
   *
   * @throws IllegalArgumentException when the pieces do not fit: a proposal of a council that
   *     is not listed or has no event, a frame and plan of different sizes
   */
  public static PlanReport of(PlanReportInput input) {
    Ledger ledger = new Ledger(input);
    ByWhom byWhom = ByWhom.of(ledger);
    ForWhom forWhom = ForWhom.of(ledger);
    ToWhatEnd toWhatEnd = ToWhatEnd.of(ledger);
    List<Balance> balance = Balance.of(ledger);
    List<Flow> flows = Flow.of(ledger);
    List<Figure> figures = ledger.figures();
    PlanReportInput.Provenance provenance = input.provenance();
    return new PlanReport(input.planId(), input.title(), input.period(), provenance.opening(),
        provenance.approval(), input.frame().regions(), ledger.last().converged(), byWhom, forWhom, toWhatEnd, balance, flows,
        provenance.minorityReports(), figures, events(provenance, figures));
  }

  /** The code of a council's region. */
  public String region(PlanReportInput.Council council) {
    return regions.get(council.region());
  }

  /** Whether every product balances within ε. */
  public boolean balances() {
    return balance.stream().allMatch(Balance::holds);
  }

  private static List<Source> events(PlanReportInput.Provenance provenance, List<Figure> figures) {
    Map<Long, Source> bySeq = new LinkedHashMap<>();
    List<Source> all = new ArrayList<>();
    all.add(provenance.opening());
    all.addAll(provenance.iterations());
    figures.forEach(figure -> all.addAll(figure.sources()));
    provenance.minorityReports().forEach(report -> all.add(report.source()));
    if (provenance.approval() != null) {
      all.add(provenance.approval());
    }
    all.forEach(source -> bySeq.putIfAbsent(source.seq(), source));
    return bySeq.values().stream().sorted(Comparator.comparingLong(Source::seq)).toList();
  }
}
