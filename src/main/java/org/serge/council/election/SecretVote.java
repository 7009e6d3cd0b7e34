package org.serge.council.election;

import org.serge.InvalidInputException;
import org.serge.council.Polity;

/**
 * What elections and budget rounds share: a secret vote in a council, open from
 * {@code opened} to {@code closes}, with those entitled fixed at opening and its ballots
 * sealed in the polity's ballot box until it closes.
 */
public sealed interface SecretVote permits Election, BudgetRound {
  String id();

  String council();

  String opened();

  String closes();

  /** {@code open}, {@code published} (for the instant between publication and count), {@code counted}, {@code lapsed}. */
  String status();

  long entitled();

  long voted();

  /** The constitution's rule it is held under: {@code decisions.election}, {@code decisions.plan}. */
  String rule();

  default boolean isOpen() {
    return status().equals("open");
  }

  /** The constitution's kind of decision it is held under. */
  default String kind() {
    return this instanceof Election ? "election" : "plan";
  }

  /** The same vote with this many ballots cast. */
  default SecretVote withVoted(long count) {
    return switch (this) {
      case Election e -> e.withVoted(count);
      case BudgetRound r -> r.withVoted(count);
    };
  }

  /** The election or budget round with this id; bad input naming it when there is none. */
  static SecretVote of(Polity polity, String id) {
    if (id != null && id.startsWith(BudgetRound.PREFIX)) {
      return round(polity, id);
    }
    return election(polity, id);
  }

  static Election election(Polity polity, String id) {
    return polity.elections.find(id)
        .orElseThrow(() -> new InvalidInputException(null, 0, "election", "no election '" + id + "'"));
  }

  static BudgetRound round(Polity polity, String id) {
    return polity.budgetRounds.find(id)
        .orElseThrow(() -> new InvalidInputException(null, 0, "round", "no budget round '" + id + "'"));
  }

  /** Puts the changed row back in its table. */
  static void put(Polity polity, SecretVote vote) {
    switch (vote) {
      case Election e -> polity.elections.put(e);
      case BudgetRound r -> polity.budgetRounds.put(r);
    }
  }
}
