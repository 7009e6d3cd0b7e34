package org.serge.voting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Invariants on generated contests (a seeded stand-in for property tests): every rule's
 * sheet balances in every round, fills exactly its seats with distinct candidates, and the
 * elected of each round are among that round's tally. IRV runs with the contest's seats, so
 * RCTab's multi-seat surplus mode (with residual surplus) is covered too.
 */
class CountInvariantsTest {
  static final List<CountingRule> RULES = List.of(new ScottishStv(), new MeekStv(), new Irv(),
      new SequentialIrv(IrvOptions.defaults()), new Schulze(), new Approval(), new Plurality());

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 5, 8, 13, 21, 34, 55, 89})
  void everySheetBalancesAndFillsItsSeats(long seed) {
    Random random = new Random(seed);
    int candidates = 2 + random.nextInt(9);
    int seats = 1 + random.nextInt(candidates - 1);
    Contest contest = BallotGenerator.generate(50 + random.nextInt(2000), candidates, seats, seed);
    for (CountingRule rule : RULES) {
      CountResult result = rule.count(contest);
      String what = rule.name() + " seed " + seed;
      assertTrue(result.balances(), what + " balances");
      assertEquals(contest.seats(), result.elected().size(), what + " fills the seats");
      assertEquals(result.elected().size(), new HashSet<>(result.elected()).size(), what);
      for (Round round : result.rounds()) {
        assertTrue(round.tally().keySet().containsAll(round.elected()), what + " round tally");
      }
    }
  }
}
