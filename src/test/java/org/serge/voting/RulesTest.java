package org.serge.voting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Small contests worked out by hand, one property of each rule per test. */
class RulesTest {
  static Ballot b(long count, int... prefs) {
    return Ballot.ofPreferences(prefs, count);
  }

  static Contest contest(int seats, List<String> names, Ballot... ballots) {
    return new Contest("t", names, seats, Set.of(), List.of(ballots));
  }

  @Test
  void scottishTruncatesTransferValuesToFiveDecimals() {
    // 3 candidates, 1 seat... use 2 seats: quota floor(7/3)+1 = 3; A has 6, surplus 3.
    // Transfer value = 3 × 1 / 6 = 0.5 for each of A's papers: 4 go to B, 2 to C.
    Contest c = contest(2, List.of("A", "B", "C", "D"),
        b(4, 0, 1), b(2, 0, 2), b(1, 3));
    CountResult r = new ScottishStv().count(c);
    Round second = r.rounds().get(1);
    assertEquals(0, new BigDecimal("2").compareTo(second.tally().get("B")));
    assertEquals(0, new BigDecimal("1").compareTo(second.tally().get("C")));
    // Now 3 × 1 / 7 = 0.428571… truncates to 0.42857: loss to rounding is 3 - 7 × 0.42857.
    Contest odd = contest(2, List.of("A", "B", "C", "D"), b(7, 0, 1), b(3, 2), b(1, 3));
    CountResult rounded = new ScottishStv().count(odd);
    assertEquals(0, new BigDecimal("2.99999").compareTo(rounded.rounds().get(1).tally().get("B")));
    assertEquals(0, new BigDecimal("0.00001").compareTo(rounded.rounds().get(1).lossToRounding()));
    assertTrue(rounded.balances());
  }

  @Test
  void scottishExcludesTheLowestAndBreaksTiesByEarliestStage() {
    Contest c = contest(1, List.of("A", "B", "C"), b(5, 0), b(4, 1), b(3, 2, 1));
    CountResult r = new ScottishStv().count(c);
    assertEquals(List.of("C"), r.rounds().get(0).eliminated());
    assertEquals(List.of("B"), r.elected());
  }

  @Test
  void irvExhaustsOnOvervoteOrSkipsItAsConfigured() {
    Contest c = new Contest("t", List.of("A", "B", "C"), 1, Set.of(), List.of(
        new Ballot(new int[][] {{2}, {0}}, 2),
        new Ballot(new int[][] {{0, 1}, {1}}, 2),
        b(3, 0), b(3, 1)));
    IrvOptions skip = IrvOptions.defaults();
    CountResult skipped = new Irv(skip).count(c);
    assertEquals(0, new BigDecimal("5").compareTo(skipped.rounds().get(0).tally().get("B")));
    IrvOptions exhaust = new IrvOptions(IrvOptions.Overvote.EXHAUST_IMMEDIATELY, -1, -1, false,
        false, false, IrvOptions.Tiebreak.PERMUTATION, 0, List.of("A", "B", "C"), 0, false, false,
        0, List.of(), false, null);
    CountResult exhausted = new Irv(exhaust).count(c);
    Round first = exhausted.rounds().get(0);
    assertEquals(0, new BigDecimal("2").compareTo(first.inactive().get("overvotes")));
    assertEquals(List.of("A"), exhausted.elected(), "C's 2 votes make A 5 against B 3");
  }

  @Test
  void schulzeFindsTheCondorcetWinnerThatPluralityMisses() {
    // Wikipedia's classic: 45 voters, A wins plurality-like first preferences, E wins Schulze.
    List<Ballot> ballots = new ArrayList<>(List.of(
        b(5, 0, 2, 1, 4, 3), b(5, 0, 3, 4, 2, 1), b(8, 1, 4, 3, 0, 2), b(3, 2, 0, 1, 4, 3),
        b(7, 2, 0, 4, 1, 3), b(2, 2, 1, 0, 3, 4), b(7, 3, 2, 4, 1, 0), b(8, 4, 1, 0, 3, 2)));
    Contest c = new Contest("w", List.of("A", "B", "C", "D", "E"), 1, Set.of(), ballots);
    assertEquals(List.of("E"), new Schulze().count(c).elected());
  }

  @Test
  void approvalAndPluralityCountTheirMarks() {
    Contest c = contest(1, List.of("A", "B", "C"), b(3, 0, 1), b(2, 1), b(4, 2));
    assertEquals(List.of("B"), new Approval().count(c).elected());
    assertEquals(List.of("C"), new Plurality().count(c).elected());
    assertTrue(new Plurality().count(c).balances());
  }

  @Test
  void meekPassesSurplusesThroughElectedCandidates() {
    // 2 seats, 9 votes: A 6 with all next to B. Meek keeps A at the quota (3) and moves the
    // rest, so B (0 firsts) beats C (2) and D (1).
    Contest c = contest(2, List.of("A", "B", "C", "D"), b(6, 0, 1), b(2, 2), b(1, 3));
    CountResult r = new MeekStv().count(c);
    assertEquals(List.of("A", "B"), r.elected());
    assertTrue(r.balances());
  }

  static IrvOptions options(IrvOptions.Overvote overvote, boolean batch, long minimum) {
    return new IrvOptions(overvote, -1, -1, false, batch, false,
        IrvOptions.Tiebreak.PERMUTATION, 0, List.of(), 0, false, false, minimum, List.of(),
        false, null);
  }

  @Test
  void irvExhaustsAnOvervoteOnlyWhenSeveralMarksAreStillContinuing() {
    // D is withdrawn, so the rank {A, D} holds one continuing candidate.
    Contest c = new Contest("t", List.of("A", "B", "C", "D"), 1, Set.of(3), List.of(
        new Ballot(new int[][] {{0, 3}}, 2), b(3, 1), b(2, 2)));
    CountResult multiple =
        new Irv(options(IrvOptions.Overvote.EXHAUST_IF_MULTIPLE_CONTINUING, false, 0)).count(c);
    assertEquals(0, new BigDecimal("2").compareTo(multiple.rounds().get(0).tally().get("A")));
    CountResult immediately =
        new Irv(options(IrvOptions.Overvote.EXHAUST_IMMEDIATELY, false, 0)).count(c);
    assertEquals(0, new BigDecimal("0").compareTo(immediately.rounds().get(0).tally().get("A")));
    assertEquals(0, new BigDecimal("2").compareTo(immediately.rounds().get(0).inactive().get("overvotes")));
  }

  @Test
  void irvBatchEliminatesCandidatesWhoCannotCatchUp() {
    Contest c = contest(1, List.of("A", "B", "C", "D"), b(10, 0), b(6, 1), b(3, 2, 1), b(2, 3, 1));
    CountResult batch =
        new Irv(options(IrvOptions.Overvote.ALWAYS_SKIP_TO_NEXT_RANK, true, 0)).count(c);
    assertEquals(Set.of("C", "D"), Set.copyOf(batch.rounds().get(0).eliminated()));
    CountResult single =
        new Irv(options(IrvOptions.Overvote.ALWAYS_SKIP_TO_NEXT_RANK, false, 0)).count(c);
    assertEquals(List.of("D"), single.rounds().get(0).eliminated());
    assertEquals(List.of("B"), batch.elected(), "B reaches 11 of 21");
    assertEquals(batch.elected(), single.elected());
  }

  @Test
  void irvEliminatesEveryoneBelowTheMinimumAtOnce() {
    Contest c = contest(1, List.of("A", "B", "C", "D"), b(5, 0), b(4, 1), b(1, 2, 1), b(1, 3, 1));
    CountResult r =
        new Irv(options(IrvOptions.Overvote.ALWAYS_SKIP_TO_NEXT_RANK, false, 2)).count(c);
    assertEquals(Set.of("C", "D"), Set.copyOf(r.rounds().get(0).eliminated()));
    assertEquals(List.of("B"), r.elected(), "B gets 6 of 11");
  }

  @Test
  void irvStopsWhenNoCandidateIsLeftForOpenSeats() {
    // Three seats but, with C withdrawn, only two candidates: both are elected, nothing loops.
    Contest c = new Contest("t", List.of("A", "B", "C"), 3, Set.of(2), List.of(b(3, 0), b(2, 1)));
    CountResult r = new Irv().count(c);
    assertEquals(List.of("A", "B"), r.elected());
    assertTrue(r.balances());
  }
}
