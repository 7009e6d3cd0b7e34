package org.serge.planning.cycle;

/**
 * Where each product goes, by region: the units of product i that the councils of region r
 * use as inputs or consume (public demand counts in the product's own region). With it each
 * region's material balance and its trade with the others can be read off a round: a
 * product is exported when it is used outside the region that makes it. Immutable.
 *
 * @param use use[i][r]: units of product i used or consumed in region r
 * @param productRegion the region that makes each product
 */
public record Trade(double[][] use, int[] productRegion) {

  /** The trade of a round's proposals, summed in their list order. */
  public static Trade of(Frame frame, Proposals proposals) {
    int n = frame.productCount();
    double[][] use = new double[n][frame.regionCount()];
    for (ProductionProposal proposal : proposals.producers()) {
      int region = frame.region(proposal.product());
      double[] inputs = proposal.inputs();
      for (int i = 0; i < n; i++) {
        use[i][region] += inputs[i];
      }
    }
    for (DemandProposal proposal : proposals.consumers()) {
      double[] quantities = proposal.quantities();
      for (int i = 0; i < n; i++) {
        use[i][proposal.region()] += quantities[i];
      }
    }
    for (int i = 0; i < n; i++) {
      use[i][frame.region(i)] += proposals.publicDemand()[i];
    }
    return new Trade(use, frame.productRegion());
  }

  /** Units of product i used in every region together. */
  public double totalUse(int product) {
    double total = 0;
    for (double units : use[product]) {
      total += units;
    }
    return total;
  }

  /** Value at {@code prices} of what region r makes and other regions use. */
  public double exports(int region, Prices prices) {
    double value = 0;
    for (int i = 0; i < use.length; i++) {
      if (productRegion[i] == region) {
        value += prices.product(i) * (totalUse(i) - use[i][region]);
      }
    }
    return value;
  }

  /** Value at {@code prices} of what region r uses and other regions make. */
  public double imports(int region, Prices prices) {
    double value = 0;
    for (int i = 0; i < use.length; i++) {
      if (productRegion[i] != region) {
        value += prices.product(i) * use[i][region];
      }
    }
    return value;
  }
}
