package org.serge.planning.cycle;

import java.util.List;

/**
 * The sums of one round: for each product what the producers offer, what they use as inputs,
 * what consumers and the public ask for, and the excess; resource use; hours worked and
 * offered; the producers' surplus at the round's prices. A pure function of the proposals and
 * prices, summed in the proposals' list order so that it is the same double every time.
 *
 * @param supply total output proposed, by product
 * @param intermediate total input use proposed, by product
 * @param consumption total consumer demand, by product
 * @param publicDemand public demand, by product
 * @param excess demand (intermediate + consumption + public) minus supply, by product
 * @param resourceUse total use of each resource
 * @param hoursWorked hours the production proposals take
 * @param hoursOffered hours the consumer councils' members offer
 * @param surplus Σ over producers of (price × output − price × inputs − hours): the rents
 *     of scarce resources and capacities, shared out as the social dividend
 */
public record Tally(double[] supply, double[] intermediate, double[] consumption,
    double[] publicDemand, double[] excess, double[] resourceUse, double hoursWorked,
    double hoursOffered, double surplus) {

  public static Tally of(Frame frame, Proposals proposals, Prices prices) {
    int n = frame.productCount();
    double[] supply = new double[n];
    double[] intermediate = new double[n];
    double[] consumption = new double[n];
    double[] resourceUse = new double[frame.resourceCount()];
    double worked = 0;
    for (ProductionProposal proposal : proposals.producers()) {
      supply[proposal.product()] += proposal.output();
      double[] inputs = proposal.inputs();
      for (int i = 0; i < n; i++) {
        intermediate[i] += inputs[i];
      }
      for (int k = 0; k < resourceUse.length; k++) {
        resourceUse[k] += proposal.resourceUse()[k];
      }
      worked += proposal.hours();
    }
    double offered = 0;
    for (DemandProposal proposal : proposals.consumers()) {
      double[] quantities = proposal.quantities();
      for (int i = 0; i < n; i++) {
        consumption[i] += quantities[i];
      }
      offered += proposal.hours();
    }
    double[] excess = new double[n];
    double[] publicDemand = proposals.publicDemand().clone();
    for (int i = 0; i < n; i++) {
      excess[i] = intermediate[i] + consumption[i] + publicDemand[i] - supply[i];
    }
    return new Tally(supply, intermediate, consumption, publicDemand, excess, resourceUse,
        worked, offered, surplus(proposals.producers(), prices.products()));
  }

  /** Σ over producers of (price × output − price × inputs − hours), in list order. */
  public static double surplus(List<ProductionProposal> producers, double[] prices) {
    double surplus = 0;
    for (ProductionProposal proposal : producers) {
      double[] inputs = proposal.inputs();
      double cost = proposal.hours();
      for (int i = 0; i < inputs.length; i++) {
        cost += prices[i] * inputs[i];
      }
      surplus += prices[proposal.product()] * proposal.output() - cost;
    }
    return surplus;
  }

  /** Final demand: consumption plus public demand, by product. */
  public double[] finalDemand() {
    double[] total = consumption.clone();
    for (int i = 0; i < total.length; i++) {
      total[i] += publicDemand[i];
    }
    return total;
  }

  /** Demand of every kind for product i. */
  public double demand(int i) {
    return intermediate[i] + consumption[i] + publicDemand[i];
  }

  /**
   * The largest |excess| relative to supply over all products: the convergence measure
   * (infinite when a product is asked for and nobody offers it).
   */
  public double largestRelativeExcess() {
    double largest = 0;
    for (int i = 0; i < excess.length; i++) {
      double relative = supply[i] > 0 ? Math.abs(excess[i]) / supply[i]
          : excess[i] == 0 ? 0 : Double.POSITIVE_INFINITY;
      largest = Math.max(largest, relative);
    }
    return largest;
  }
}
