package org.serge.council.planning;

import java.util.Map;
import org.serge.council.Refused;
import org.serge.council.Rule;
import org.serge.planning.cycle.ProposalRefused;

/**
 * The fixed articles of planning rounds, and the rules of the planning cycle's proposal check
 * ({@code cycle.*}, {@link ProposalRefused}) as rules a refusal names: a bad proposal is refused
 * with the same rule id the engine gives.
 */
public final class RoundArticles {
  private RoundArticles() {}

  public static final Rule OPENING = new Rule("articles.plan-rounds",
      "A federation opens a planning round only by a decision of kind plan that its assembly adopted; one round"
          + " per decision; its delegates open it, close its iterations and, after the most rounds without"
          + " convergence, fall back to the plan computed from the stated targets.");
  public static final Rule COUNCILS = new Rule("articles.plan-councils",
      "In a federation's planning round its neighbourhood councils propose demand and its workplace councils"
          + " production (of products of their own region), each through its own members and for itself alone.");
  public static final Rule STEPS = new Rule("articles.round-steps",
      "A round takes proposals and closes iterations while it is open; while a plan is before the assembly"
          + " nothing changes it; an approved plan is amended by new proposals and a new vote.");

  private static final Map<String, Rule> CYCLE = Map.of(
      ProposalRefused.RULE_UNKNOWN_PRODUCT, new Rule(ProposalRefused.RULE_UNKNOWN_PRODUCT,
          "A proposal names only products and resources of the round."),
      ProposalRefused.RULE_NEGATIVE, new Rule(ProposalRefused.RULE_NEGATIVE,
          "Quantities, outputs, inputs, hours and uses are finite and not negative."),
      ProposalRefused.RULE_HOURS, new Rule(ProposalRefused.RULE_HOURS,
          "No council proposes more hours of work per member than the round allows."),
      ProposalRefused.RULE_OWN_COUNCIL, new Rule(ProposalRefused.RULE_OWN_COUNCIL,
          "A council proposes for itself, never in another council's name."),
      ProposalRefused.RULE_CONSISTENT, new Rule(ProposalRefused.RULE_CONSISTENT,
          "A proposal is consistent: output within the council's own capacity, at least one member, a known region."),
      ProposalRefused.RULE_ONE_PROPOSAL, new Rule(ProposalRefused.RULE_ONE_PROPOSAL,
          "A council makes one proposal a round."));

  /** The rule of the cycle with this id ({@code cycle.hours-limit}). */
  public static Rule cycle(String id) {
    Rule rule = CYCLE.get(id);
    if (rule == null) {
      throw new IllegalArgumentException("no cycle rule " + id);
    }
    return rule;
  }

  /** The engine's refusal as a refusal under the same rule id. */
  public static Refused refused(ProposalRefused refusal) {
    return new Refused(cycle(refusal.rule()), refusal.field() == null ? refusal.reason()
        : refusal.field() + ": " + refusal.reason());
  }
}
