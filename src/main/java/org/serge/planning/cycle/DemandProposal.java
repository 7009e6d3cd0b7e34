package org.serge.planning.cycle;

/**
 * A consumer (neighbourhood) council's demand proposal for one round: how much of each
 * product it asks for, in total for its members, and the hours its members offer to work
 * (which earn its budget). Per-member figures are the totals over {@code members}.
 *
 * @param council the proposing council's id
 * @param region the region (federation) the council belongs to, by region index
 * @param members members of the council (≥ 1)
 * @param hoursPerMember hours each member offers to work in the plan period
 * @param quantities units asked for, by product index (dense; 0 where none). The record
 *     owns the array: callers must not change it afterwards.
 */
public record DemandProposal(String council, int region, int members, double hoursPerMember, double[] quantities) {

  /** Hours all members offer. */
  public double hours() {
    return members * hoursPerMember;
  }

  /** Units of {@code product} asked per member. */
  public double perMember(int product) {
    return quantities[product] / members;
  }
}
