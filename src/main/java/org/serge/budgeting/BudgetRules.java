package org.serge.budgeting;

import java.util.List;
import java.util.Locale;

/** The budgeting rules by id: the CLI's names and pabulib META {@code rule} values. */
public final class BudgetRules {
  /** Ids accepted by {@link #byId}, for help texts. */
  public static final List<String> IDS = List.of(
      "greedy", "equal-shares", "equalshares", "equalshares/add1", "equalshares/add1-comparison", "phragmen");

  private BudgetRules() {}

  /** The rule called {@code id}; {@code equal-shares} means Equal Shares with add1 completion. */
  public static BudgetRule byId(String id) {
    return switch (id.strip().toLowerCase(Locale.ROOT)) {
      case "greedy", "utilitarian_greedy" -> new GreedyRule();
      case "equal-shares", "mes", "equalshares/add1", "equalshares/add1/greedy" ->
          new EqualSharesRule(EqualSharesRule.Completion.ADD1);
      case "equalshares", "equal-shares-plain" -> new EqualSharesRule(EqualSharesRule.Completion.NONE);
      case "equalshares/add1-comparison", "equal-shares-comparison" ->
          new EqualSharesRule(EqualSharesRule.Completion.ADD1_COMPARISON);
      case "phragmen", "seqphragmen", "sequential-phragmen" -> new PhragmenRule();
      default -> throw new IllegalArgumentException("unknown budgeting rule " + id + "; known: " + IDS);
    };
  }
}
