package org.serge.planning.report;

import java.util.ArrayList;
import java.util.List;
import org.serge.planning.cycle.DemandProposal;
import org.serge.planning.cycle.ProductionProposal;

/**
 * A flow of the plan, valued in hours at the plan's prices, for the flow (Sankey) chart: from
 * a workplace council to the product it makes, or from a product to whoever uses it (a
 * neighbourhood council, the public goods, or production as input). Immutable.
 *
 * @param from a council id or product code
 * @param to a product code, a council id, {@link #PUBLIC} or {@link #PRODUCTION}
 * @param stage 0 for council → product, 1 for product → user
 * @param value the value in hours
 */
public record Flow(String from, String to, int stage, Figure value) {
  /** Where public demand goes. */
  public static final String PUBLIC = "public goods";
  /** Where intermediate use goes. */
  public static final String PRODUCTION = "used in production";
  static final String SECTION = "flows";

  static List<Flow> of(Ledger ledger) {
    PlanReportInput input = ledger.input();
    double[] prices = ledger.prices().products();
    Source priced = ledger.pricesPublished();
    List<Flow> flows = new ArrayList<>();
    for (ProductionProposal proposal : input.plan().producers()) {
      String product = ledger.product(proposal.product());
      flows.add(flow(ledger, proposal.council(), product, 0, prices[proposal.product()] * proposal.output(),
          ledger.proposal(proposal.council()), priced));
    }
    for (DemandProposal proposal : input.plan().consumers()) {
      for (int i = 0; i < prices.length; i++) {
        if (proposal.quantities()[i] != 0) {
          flows.add(flow(ledger, ledger.product(i), proposal.council(), 1, prices[i] * proposal.quantities()[i],
              ledger.proposal(proposal.council()), priced));
        }
      }
    }
    for (int i = 0; i < prices.length; i++) {
      double publicUse = ledger.sums().publicDemand()[i];
      double inputUse = ledger.sums().intermediate()[i];
      if (publicUse != 0) {
        flows.add(flow(ledger, ledger.product(i), PUBLIC, 1, prices[i] * publicUse, ledger.tally(), priced));
      }
      if (inputUse != 0) {
        flows.add(flow(ledger, ledger.product(i), PRODUCTION, 1, prices[i] * inputUse, ledger.tally(), priced));
      }
    }
    return flows;
  }

  private static Flow flow(Ledger ledger, String from, String to, int stage, double value, Source... sources) {
    String council = stage == 0 ? from : to.equals(PUBLIC) || to.equals(PRODUCTION) ? "" : to;
    String product = stage == 0 ? to : from;
    return new Flow(from, to, stage, ledger.add(SECTION, council, product, "flow value", value, "hours", sources));
  }
}
