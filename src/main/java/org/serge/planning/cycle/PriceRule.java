package org.serge.planning.cycle;

/**
 * How the cycle sets the indicative prices of each round from the last. A rule carries
 * memory from round to round (its step sizes, its estimate of how demand answers prices),
 * so one instance serves one cycle, round after round in order; given the same rounds it
 * gives the same doubles. Not thread-safe.
 */
public interface PriceRule {

  /** The prices of the first round: labour values of the technology the producers state. */
  Prices opening(Frame frame, Proposals opening);

  /**
   * The prices of the next round, from this round's prices, proposals and tally.
   *
   * @param epsilon the convergence tolerance (relative), for {@link Next#settled()}
   */
  Next next(Frame frame, Prices prices, Proposals proposals, Tally tally, double epsilon);

  /**
   * @param prices the next round's prices
   * @param settled whether this round's prices already meet the rule's own condition (for
   *     scarcity premia: a limit with a premium is used to within ε of it, and no limit is
   *     exceeded by more than ε)
   */
  record Next(Prices prices, boolean settled) {}

  /** The rules there are. */
  enum Kind {
    /**
     * Labour values plus scarcity premia: prices are the cost, in hours, of the stated
     * technology, plus a premium on every limited resource and capacity found short; for
     * producers that answer to quantities (fixed technologies).
     */
    COST,
    /**
     * Price adjustment by excess demand with a quasi-Newton (Broyden) step on the log
     * prices; for producers that answer to prices (decreasing returns).
     */
    EXCESS;

    /** A fresh rule of this kind, for one cycle. */
    public PriceRule create() {
      return this == COST ? new CostPrices() : new ExcessDemandPrices();
    }
  }

  /**
   * The income per hour that shares out the producers' surplus at {@code products} prices,
   * less the cost of public demand at those prices (paid from everyone's income).
   */
  static Prices withDividend(Frame frame, Proposals proposals, double[] products, double[] resources) {
    double offered = 0;
    for (DemandProposal proposal : proposals.consumers()) {
      offered += proposal.hours();
    }
    double shared = Tally.surplus(proposals.producers(), products);
    for (int i = 0; i < products.length; i++) {
      shared -= products[i] * proposals.publicDemand()[i];
    }
    double income = offered > 0 ? 1 + shared / offered : 1;
    return new Prices(products, resources, income);
  }
}
