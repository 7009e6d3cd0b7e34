package org.serge.voting;

import java.math.BigDecimal;
import java.util.List;

/**
 * A count sheet: the rule, the winners in order of election, and every round.
 *
 * @param rule the rule's name
 * @param title the contest's title
 * @param seats seats filled
 * @param votesIn valid votes at the start of the count
 * @param elected winners in order of election
 * @param rounds every round, first to last
 */
public record CountResult(
    String rule, String title, int seats, BigDecimal votesIn, List<String> elected, List<Round> rounds) {
  public CountResult {
    elected = List.copyOf(elected);
    rounds = List.copyOf(rounds);
  }

  /** Whether every round balances (votes in = held + exhausted + loss to rounding). */
  public boolean balances() {
    return rounds.stream().allMatch(round -> round.balances(votesIn));
  }
}
