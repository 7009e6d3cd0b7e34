package org.serge.planning.cycle;

/**
 * A producer council as the cycle sees it: given the published prices, the last round's
 * tally (what was asked of its product) and its last proposal, it proposes its production
 * for the next round. Deterministic and safe to call from any thread.
 */
public interface ProducerCouncil {
  /** The council's id. */
  String id();

  /** The product it makes. */
  int product();

  /**
   * @param last the last round's tally, or null before the first round
   * @param previous its proposal of the last round, or null before the first
   */
  ProductionProposal propose(Frame frame, Prices prices, Tally last, ProductionProposal previous);
}
