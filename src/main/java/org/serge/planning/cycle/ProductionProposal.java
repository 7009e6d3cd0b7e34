package org.serge.planning.cycle;

/**
 * A producer (workplace) council's production proposal for one round: the output of the one
 * product it makes, the inputs that output uses, the hours it takes, the resources it uses
 * (CO2 emitted…) and the most it could make.
 *
 * @param council the proposing council's id
 * @param members workers of the council (≥ 1)
 * @param product the product index it makes
 * @param output units of {@code product} proposed
 * @param inputs units of each product used, by product index (dense). Owned by the record.
 * @param hours hours of work the output takes, all workers together
 * @param resourceUse units of each resource used, by resource index. Owned by the record.
 * @param capacity the most units it can make (infinite: no limit)
 */
public record ProductionProposal(String council, int members, int product, double output,
    double[] inputs, double hours, double[] resourceUse, double capacity) {

  /** Hours per worker. */
  public double hoursPerMember() {
    return hours / members;
  }
}
