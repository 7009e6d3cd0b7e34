package org.serge.cli.demo;

import org.serge.planning.cycle.Cycle;
import org.serge.planning.cycle.CycleSettings;
import org.serge.planning.cycle.EconomySplit;
import org.serge.planning.cycle.PriceRule;
import org.serge.planning.cycle.Tally;
import org.serge.planning.cycle.Technology;
import org.serge.planning.solve.LeontiefSolver;

/**
 * The planning cycle on the UK federation ({@link UkFederation}): its councils propose, the
 * engine answers with cost prices (labour values: no limit binds) and excess demand, until
 * every product balances within ε. Then the plan's hours are checked against a Leontief solve
 * of its own final demand.
 */
final class UkPlanning {
  /** ε of the demo's cycle: 0.1% of each product's output. */
  static final double EPSILON = 1e-3;

  /**
   * What the cycle came to.
   *
   * @param publicDemand the public demand planned for (the split's, plus any extra)
   * @param leontiefHours the hours x = (I − A)⁻¹d takes, A the plan's stated technology, d its final demand
   */
  record Result(EconomySplit.Split split, double[] publicDemand, Cycle.Outcome outcome, double leontiefHours) {
    Tally tally() {
      return outcome.last().tally();
    }
  }

  private UkPlanning() {}

  /** Runs the cycle with the split's public demand plus {@code extraPublic} (by frame product). */
  static Result run(EconomySplit.Split split, double[] extraPublic) {
    double[] publicDemand = split.publicDemand().clone();
    for (int p = 0; p < publicDemand.length; p++) {
      publicDemand[p] += extraPublic[p];
    }
    CycleSettings settings = CycleSettings.of(PriceRule.Kind.COST).withEpsilon(EPSILON).withMaxRounds(50);
    Cycle.Outcome outcome = Cycle.of(split.frame(), settings).simulate(split.consumers(), split.producers(),
        publicDemand);
    return of(split, publicDemand, outcome);
  }

  /** A cycle's outcome on the split (simulated here, or recomputed from the record) with its Leontief check. */
  static Result of(EconomySplit.Split split, double[] publicDemand, Cycle.Outcome outcome) {
    Tally tally = outcome.last().tally();
    Technology stated = Technology.of(outcome.frame(), outcome.plan().producers());
    double hours = LeontiefSolver.defaults().withTolerance(1e-12).grossOutput(stated.system(), tally.finalDemand())
        .dot(stated.labour());
    return new Result(split, publicDemand, outcome, hours);
  }
}
