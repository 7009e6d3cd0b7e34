package org.serge.planning.cycle;

/**
 * A consumer council as the cycle sees it: given the published prices and its last proposal,
 * it proposes its demand for the next round. Simulated councils implement it; the record
 * side's councils answer through proposals on the record instead. Implementations must be
 * deterministic and safe to call from any thread (the cycle calls councils in parallel).
 */
public interface ConsumerCouncil {
  /** The council's id. */
  String id();

  /**
   * @param previous its proposal of the last round, or null in the first
   */
  DemandProposal propose(Frame frame, Prices prices, DemandProposal previous);
}
