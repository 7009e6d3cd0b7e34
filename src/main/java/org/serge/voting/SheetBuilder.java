package org.serge.voting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the rounds of a fixed-point count (values in units of 10^-scale) into a
 * {@link CountResult}. Not thread-safe; one per count.
 */
final class SheetBuilder {
  private final Contest contest;
  private final int scale;
  private final List<Round> rounds = new ArrayList<>();
  private final List<String> elected = new ArrayList<>();
  private Map<String, BigDecimal> tally;
  private BigDecimal threshold;
  private BigDecimal exhausted;
  private BigDecimal loss;
  private List<String> roundElected = new ArrayList<>();
  private List<String> roundEliminated = new ArrayList<>();
  private List<Transfer> transfers = new ArrayList<>();
  private String note = "";
  private Map<String, BigDecimal> inactive = new LinkedHashMap<>();
  private boolean open;

  SheetBuilder(Contest contest, int scale) {
    this.contest = contest;
    this.scale = scale;
  }

  /** Opens a round with the tally of the candidates marked in {@code shown}. */
  void open(long threshold, long[] votes, boolean[] shown, long exhausted, long loss) {
    close();
    tally = new LinkedHashMap<>();
    for (int c = 0; c < votes.length; c++) {
      if (shown[c]) {
        tally.put(contest.candidates().get(c), Preferences.decimal(votes[c], scale));
      }
    }
    this.threshold = Preferences.decimal(threshold, scale);
    this.exhausted = Preferences.decimal(exhausted, scale);
    this.loss = Preferences.decimal(loss, scale);
    open = true;
  }

  void elect(int candidate) {
    String name = contest.candidates().get(candidate);
    roundElected.add(name);
    elected.add(name);
  }

  void eliminate(int candidate) {
    roundEliminated.add(contest.candidates().get(candidate));
  }

  /** Sets the exhausted votes of one cause in the open round (cumulative, like the tally). */
  void inactive(String cause, long amount) {
    inactive.put(cause, Preferences.decimal(amount, scale));
  }

  void note(String text) {
    note = note.isEmpty() ? text : note + "; " + text;
  }

  /** Records where a decided candidate's votes went: amounts per receiver, and exhausted. */
  void transfer(int from, String reason, long[] toCandidate, long toExhausted) {
    transfer(from, reason, toCandidate, toExhausted, 0);
  }

  /** As above, with the part of a surplus lost to truncation ("residual surplus"). */
  void transfer(int from, String reason, long[] toCandidate, long toExhausted, long residual) {
    Map<String, BigDecimal> to = new LinkedHashMap<>();
    for (int c = 0; c < toCandidate.length; c++) {
      if (toCandidate[c] != 0) {
        to.put(contest.candidates().get(c), Preferences.decimal(toCandidate[c], scale));
      }
    }
    if (toExhausted != 0) {
      to.put(Transfer.EXHAUSTED, Preferences.decimal(toExhausted, scale));
    }
    if (residual != 0) {
      to.put(Transfer.RESIDUAL, Preferences.decimal(residual, scale));
    }
    transfers.add(new Transfer(contest.candidates().get(from), reason, to));
  }

  private void close() {
    if (!open) {
      return;
    }
    rounds.add(
        new Round(rounds.size() + 1, threshold, tally, roundElected, roundEliminated, transfers,
            exhausted, inactive, loss, note));
    inactive = new LinkedHashMap<>();
    roundElected = new ArrayList<>();
    roundEliminated = new ArrayList<>();
    transfers = new ArrayList<>();
    note = "";
    open = false;
  }

  CountResult finish(String rule, long votesIn) {
    close();
    return new CountResult(
        rule, contest.title(), contest.seats(), Preferences.decimal(votesIn, scale), elected, rounds);
  }
}
