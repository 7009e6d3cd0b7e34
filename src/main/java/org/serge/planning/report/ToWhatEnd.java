package org.serge.planning.report;

import java.util.ArrayList;
import java.util.List;
import org.serge.planning.cycle.DemandProposal;
import org.serge.planning.cycle.Frame;
import org.serge.planning.cycle.ProductionProposal;
import org.serge.planning.cycle.Round;
import org.serge.planning.cycle.Tally;

/**
 * To what end: each objective the federation stated and how far the plan meets it, which
 * limits bind and at what premium, and how the cycle converged. Immutable.
 *
 * @param targets one line per product with a target
 * @param targetsMet the share of targets met (0…1), or null when no target was stated
 * @param hours the hours limit and the most hours a member works or offers
 * @param limits one line per limited resource
 * @param convergence rounds to convergence and the excess left
 */
public record ToWhatEnd(List<Target> targets, Figure targetsMet, Hours hours, List<Limit> limits,
    Convergence convergence) {
  static final String SECTION = "to-what-end";

  public ToWhatEnd {
    targets = List.copyOf(targets);
    limits = List.copyOf(limits);
  }

  /**
   * A target of final demand for a product.
   *
   * @param planned the plan's final demand (consumption + public) for it
   * @param fulfilment planned / target
   * @param met whether planned ≥ target × (1 − ε)
   */
  public record Target(String product, Figure target, Figure planned, Figure fulfilment, boolean met) {}

  /**
   * The hours limit per member and the most any council's members work or offer.
   *
   * @param within whether no council's members work or offer more than the limit
   */
  public record Hours(Figure limit, Figure mostWorkedPerMember, Figure mostOfferedPerMember, boolean within) {}

  /**
   * A limited resource (a CO2 budget…).
   *
   * @param premium the scarcity premium per unit in the plan's prices (hours; 0: not scarce)
   * @param binding whether it bounds the plan: a premium on it, or its use within ε of the budget
   * @param within whether its use stays within budget × (1 + ε)
   */
  public record Limit(String resource, Figure budget, Figure used, Figure premium, boolean binding, boolean within) {}

  /**
   * How the cycle came to the plan.
   *
   * @param converged whether the plan's round met the convergence criterion
   * @param rounds the rounds it took
   * @param epsilon the tolerance ε
   * @param largestExcess the plan's largest |excess demand| relative to supply
   * @param largestExcessByRound the same for every round, in order
   */
  public record Convergence(boolean converged, Figure rounds, Figure epsilon, Figure largestExcess,
      List<Figure> largestExcessByRound) {

    public Convergence {
      largestExcessByRound = List.copyOf(largestExcessByRound);
    }
  }

  static ToWhatEnd of(Ledger ledger) {
    PlanReportInput input = ledger.input();
    Tally sums = ledger.sums();
    double epsilon = input.settings().epsilon();
    List<Target> targets = new ArrayList<>();
    double[] wanted = input.objectives().targets();
    double[] planned = sums.finalDemand();
    int met = 0;
    for (int i = 0; i < wanted.length; i++) {
      if (wanted[i] > 0) {
        String product = ledger.product(i);
        boolean reached = planned[i] >= wanted[i] * (1 - epsilon);
        met += reached ? 1 : 0;
        targets.add(new Target(product,
            ledger.add(SECTION, "", product, "target", wanted[i], "units", ledger.opening()),
            ledger.add(SECTION, "", product, "planned final demand", planned[i], "units", ledger.tally()),
            ledger.add(SECTION, "", product, "fulfilment", planned[i] / wanted[i], "share", ledger.opening(),
                ledger.tally()),
            reached));
      }
    }
    Figure share = targets.isEmpty() ? null : ledger.add(SECTION, "", "", "targets met",
        (double) met / targets.size(), "share", ledger.opening(), ledger.tally());
    return new ToWhatEnd(targets, share, hours(ledger), limits(ledger), convergence(ledger));
  }

  private static Hours hours(Ledger ledger) {
    PlanReportInput input = ledger.input();
    double limit = input.objectives().maxHoursPerMember();
    double worked = input.plan().producers().stream().mapToDouble(ProductionProposal::hoursPerMember).max().orElse(0);
    double offered = input.plan().consumers().stream().mapToDouble(DemandProposal::hoursPerMember).max().orElse(0);
    return new Hours(
        ledger.add(SECTION, "", "", "hours limit per member", limit, "hours/member", ledger.opening()),
        ledger.add(SECTION, "", "", "most hours worked per member", worked, "hours/member", ledger.tally()),
        ledger.add(SECTION, "", "", "most hours offered per member", offered, "hours/member", ledger.tally()),
        worked <= limit && offered <= limit);
  }

  private static List<Limit> limits(Ledger ledger) {
    Frame frame = ledger.input().frame();
    double epsilon = ledger.input().settings().epsilon();
    double[] budgets = ledger.input().objectives().resourceBudgets();
    List<Limit> limits = new ArrayList<>();
    for (int k = 0; k < frame.resourceCount(); k++) {
      String resource = frame.resources().get(k);
      double used = ledger.sums().resourceUse()[k];
      double premium = ledger.prices().resources()[k];
      limits.add(new Limit(resource,
          ledger.add(SECTION, "", resource, "budget", budgets[k], "units", ledger.opening()),
          ledger.add(SECTION, "", resource, "used", used, "units", ledger.tally()),
          ledger.add(SECTION, "", resource, "premium", premium, "hours/unit", ledger.pricesPublished()),
          premium > 0 || used >= budgets[k] * (1 - epsilon),
          used <= budgets[k] * (1 + epsilon)));
    }
    return limits;
  }

  private static Convergence convergence(Ledger ledger) {
    List<Round> rounds = ledger.input().rounds();
    List<Figure> byRound = new ArrayList<>();
    for (int r = 0; r < rounds.size(); r++) {
      Round round = rounds.get(r);
      byRound.add(ledger.add(SECTION, "", "", "largest excess in round " + round.number(), round.largestExcess(),
          "share of supply", ledger.iteration(r + 1)));
    }
    return new Convergence(ledger.last().converged(),
        ledger.add(SECTION, "", "", "rounds", rounds.size(), "rounds", ledger.tally()),
        ledger.add(SECTION, "", "", "epsilon", ledger.input().settings().epsilon(), "share of supply",
            ledger.opening()),
        ledger.add(SECTION, "", "", "largest excess", ledger.sums().largestRelativeExcess(), "share of supply",
            ledger.tally()),
        byRound);
  }
}
