package org.serge.planning.cycle;

import java.util.List;

/**
 * Everything proposed in one round: the consumer councils' demand, the producer councils'
 * production, and public demand (the outcomes of participatory budgets, fixed quantities
 * that do not answer to prices). Immutable lists; the arrays inside are owned by it.
 *
 * @param consumers demand proposals, in a fixed order (the order of summation)
 * @param producers production proposals, in a fixed order
 * @param publicDemand units of each product for public use, by product index
 */
public record Proposals(List<DemandProposal> consumers, List<ProductionProposal> producers,
    double[] publicDemand) {

  public Proposals {
    consumers = List.copyOf(consumers);
    producers = List.copyOf(producers);
  }
}
