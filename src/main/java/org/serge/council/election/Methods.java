package org.serge.council.election;

import java.util.List;
import org.serge.InvalidInputException;
import org.serge.budgeting.BudgetRule;
import org.serge.budgeting.BudgetRules;
import org.serge.voting.Approval;
import org.serge.voting.CountingRule;
import org.serge.voting.Irv;
import org.serge.voting.MeekStv;
import org.serge.voting.Plurality;
import org.serge.voting.Schulze;
import org.serge.voting.ScottishStv;

/** The counting methods an election may use and the rules a budget round may use, by name. */
public final class Methods {
  private Methods() {}

  /** Election methods, as {@code serge count --rules} spells them. */
  public static final List<String> ELECTION = List.of("scottish", "meek", "irv", "schulze", "approval", "plurality");

  /** Budget rules; {@code equal-shares} (the default) is Equal Shares completed by add1, then greedy. */
  public static final List<String> BUDGET = List.of("equal-shares", "greedy", "phragmen");

  /** The counting rule of an election method; bad input naming field {@code method} when unknown. */
  public static CountingRule election(String method) {
    return switch (method) {
      case "scottish" -> new ScottishStv();
      case "meek" -> new MeekStv();
      case "irv" -> new Irv();
      case "schulze" -> new Schulze();
      case "approval" -> new Approval();
      case "plurality" -> new Plurality();
      default -> throw new InvalidInputException(null, 0, "method", "'" + method + "' is not one of " + ELECTION);
    };
  }

  /** The budgeting rule of a budget method; bad input naming field {@code method} when unknown. */
  public static BudgetRule budget(String method) {
    if (!BUDGET.contains(method)) {
      throw new InvalidInputException(null, 0, "method", "'" + method + "' is not one of " + BUDGET);
    }
    return BudgetRules.byId(method);
  }
}
