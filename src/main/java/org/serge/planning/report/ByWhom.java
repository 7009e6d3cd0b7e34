package org.serge.planning.report;

import java.util.ArrayList;
import java.util.List;
import org.serge.planning.cycle.ProductionProposal;
import org.serge.planning.cycle.Tally;

/**
 * By whom: which workplace councils make what, with which inputs and how many hours, and
 * the free time their members keep under the hours limit. Immutable.
 *
 * @param producers one line per workplace council in the plan, in the plan's order
 * @param hoursWorked hours all production proposals take
 * @param hoursOffered hours all neighbourhood councils' members offer
 */
public record ByWhom(List<Producer> producers, Figure hoursWorked, Figure hoursOffered) {
  static final String SECTION = "by-whom";

  public ByWhom {
    producers = List.copyOf(producers);
  }

  /**
   * A workplace council's part of the plan.
   *
   * @param council the council
   * @param members its workers, as its proposal states
   * @param product the code of the product it makes
   * @param output units it makes
   * @param inputs units of each product it uses, only those it uses
   * @param hours hours of work, all workers together
   * @param hoursPerMember hours per worker
   * @param shareOfHours its share of all hours worked in the plan (0…1)
   * @param freeTimePerMember the hours limit minus the hours per worker (infinite: no limit)
   * @param capacity the most it can make (infinite: no limit)
   * @param atCapacity whether its output reaches its capacity within ε (the capacity binds)
   */
  public record Producer(PlanReportInput.Council council, Figure members, String product, Figure output, List<Figure> inputs,
      Figure hours, Figure hoursPerMember, Figure shareOfHours, Figure freeTimePerMember, Figure capacity,
      boolean atCapacity) {

    public Producer {
      inputs = List.copyOf(inputs);
    }
  }

  static ByWhom of(Ledger ledger) {
    PlanReportInput input = ledger.input();
    Tally tally = ledger.sums();
    double limit = input.objectives().maxHoursPerMember();
    double epsilon = input.settings().epsilon();
    List<Producer> producers = new ArrayList<>();
    for (ProductionProposal proposal : input.plan().producers()) {
      PlanReportInput.Council council = ledger.council(proposal.council());
      String id = council.id();
      Source from = ledger.proposal(id);
      String made = ledger.product(proposal.product());
      Figure members = ledger.add(SECTION, id, made, "members", proposal.members(), "persons", from);
      Figure output = ledger.add(SECTION, id, made, "output", proposal.output(), "units", from);
      List<Figure> inputs = new ArrayList<>();
      for (int i = 0; i < proposal.inputs().length; i++) {
        if (proposal.inputs()[i] != 0) {
          inputs.add(ledger.add(SECTION, id, ledger.product(i), "input", proposal.inputs()[i], "units", from));
        }
      }
      Figure hours = ledger.add(SECTION, id, made, "hours", proposal.hours(), "hours", from);
      Figure perMember = ledger.add(SECTION, id, made, "hours per member", proposal.hoursPerMember(),
          "hours/member", from);
      Figure share = ledger.add(SECTION, id, made, "share of hours", proposal.hours() / tally.hoursWorked(),
          "share", from, ledger.tally());
      Figure free = ledger.add(SECTION, id, made, "free time per member", limit - proposal.hoursPerMember(),
          "hours/member", from, ledger.opening());
      Figure capacity = ledger.add(SECTION, id, made, "capacity", proposal.capacity(), "units", from);
      boolean full = proposal.output() >= proposal.capacity() * (1 - epsilon);
      producers.add(new Producer(council, members, made, output, inputs, hours, perMember, share, free, capacity, full));
    }
    Figure worked = ledger.add(SECTION, "", "", "hours worked", tally.hoursWorked(), "hours", ledger.tally());
    Figure offered = ledger.add(SECTION, "", "", "hours offered", tally.hoursOffered(), "hours", ledger.tally());
    return new ByWhom(producers, worked, offered);
  }
}
