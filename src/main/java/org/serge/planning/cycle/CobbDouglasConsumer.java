package org.serge.planning.cycle;

/**
 * A simulated consumer council with a Cobb-Douglas utility Σ_i share_i · ln(quantity_i) over
 * some products (as in Hahnel and Wright's Pequod simulator): it spends its budget — hours
 * offered × income per hour — on each product in proportion to its share, so it asks for
 * share_i × budget / price_i of product i. Immutable.
 *
 * @param id the council's id
 * @param region its region index
 * @param members its members
 * @param hoursPerMember hours each member offers
 * @param products the products it wants
 * @param shares the share of its budget for each of {@code products}, summing to 1
 */
public record CobbDouglasConsumer(String id, int region, int members, double hoursPerMember,
    int[] products, double[] shares) implements ConsumerCouncil {

  @Override
  public DemandProposal propose(Frame frame, Prices prices, DemandProposal previous) {
    double budget = members * hoursPerMember * prices.incomePerHour();
    double[] quantities = new double[frame.productCount()];
    for (int k = 0; k < products.length; k++) {
      quantities[products[k]] = shares[k] * budget / prices.product(products[k]);
    }
    return new DemandProposal(id, region, members, hoursPerMember, quantities);
  }
}
