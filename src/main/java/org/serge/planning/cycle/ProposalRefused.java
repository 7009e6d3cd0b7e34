package org.serge.planning.cycle;

import org.serge.InvalidInputException;

/**
 * A proposal the cycle cannot take, with the rule it breaks (one of the {@code RULE_}
 * constants) and the council that made it. The record side turns it into a {@code Refused}
 * naming the same rule; the CLI treats it as bad input (exit 2).
 */
public final class ProposalRefused extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  /** A quantity for a product (or resource) the frame does not have. */
  public static final String RULE_UNKNOWN_PRODUCT = "cycle.unknown-product";
  /** A negative or non-finite quantity, output, input, hour or use. */
  public static final String RULE_NEGATIVE = "cycle.non-negative";
  /** More hours per member than the frame allows. */
  public static final String RULE_HOURS = "cycle.hours-limit";
  /** A council proposing in another council's name. */
  public static final String RULE_OWN_COUNCIL = "cycle.own-council";
  /** Output above the council's own stated capacity, or no members. */
  public static final String RULE_CONSISTENT = "cycle.consistent";
  /** Two proposals from one council in one round. */
  public static final String RULE_ONE_PROPOSAL = "cycle.one-proposal";

  private final String rule;
  private final String council;

  public ProposalRefused(String rule, String council, String field, String reason) {
    super("council " + council, 0, field, reason + " (rule " + rule + ")");
    this.rule = rule;
    this.council = council;
  }

  /** The rule id, e.g. {@link #RULE_HOURS}. */
  public String rule() {
    return rule;
  }

  /** The council whose proposal is refused. */
  public String council() {
    return council;
  }
}
