package org.serge.voting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Instant-runoff voting as RCTab tabulates it — one seat, or several seats with RCTab's
 * "allow multiple winners per round" (a multi-seat threshold fixed in round 1; every winner's
 * surplus moves on the next round at the surplus fraction truncated to the vote decimals, each
 * ballot's share truncated too, the rest reported as residual surplus). Each round every active
 * ballot counts for its first continuing choice, read from the first rank with the options'
 * rules for skipped ranks, overvotes and duplicates; a ballot exhausted for one of those
 * causes stays exhausted. The threshold is recomputed every round from the active votes
 * (floor(active/2)+1, or the non-integer or Hare variants). A candidate at or above it wins;
 * otherwise the lowest candidates are eliminated (undeclared write-ins first, then those under
 * the minimum, then a batch, else one, with the tiebreak mode). Fixed-point arithmetic at the
 * options' decimals. Immutable and thread-safe.
 */
public final class Irv implements CountingRule {
  /** RCTab's names of the causes of inactive ballots. */
  static final String EXHAUSTED_CHOICES = "exhaustedChoices";
  static final String OVERVOTES = "overvotes";
  static final String SKIPPED = "skippedRankings";
  static final String REPEATED = "repeatedRankings";
  static final int ACTIVE = -1;
  static final int CAUSE_EXHAUSTED = -2;
  static final int CAUSE_OVERVOTE = -3;
  static final int CAUSE_SKIPPED = -4;
  static final int CAUSE_REPEATED = -5;
  static final int CAUSE_FINAL_SURPLUS = -6;
  static final String FINAL_SURPLUS = "finalRoundSurplus";

  private final IrvOptions options;

  public Irv(IrvOptions options) {
    this.options = options;
  }

  public Irv() {
    this(IrvOptions.defaults());
  }

  public IrvOptions options() {
    return options;
  }

  @Override
  public String name() {
    return "irv";
  }

  @Override
  public CountResult count(Contest contest) {
    return new IrvCount(contest, options).run();
  }

  /**
   * Where a ballot goes given the continuing candidates: a candidate index, or a negative
   * CAUSE_… code when the ballot is exhausted. Follows RCTab's reading order: the skipped-rank
   * limit, then duplicates, then overvotes, then the first continuing candidate.
   */
  static int recipient(int[][] ranks, boolean[] continuing, IrvOptions options) {
    int lastRank = 0;
    boolean[] seen = options.exhaustOnDuplicate() ? new boolean[continuing.length] : null;
    int limit = options.maxRankings() < 0 ? ranks.length : Math.min(ranks.length, options.maxRankings());
    int lastMarked = -1;
    for (int r = 0; r < limit; r++) {
      if (ranks[r].length > 0) {
        lastMarked = r;
      }
    }
    for (int r = 0; r <= lastMarked; r++) {
      int[] marks = ranks[r];
      if (marks.length == 0) {
        continue;
      }
      int rank = r + 1;
      if (options.maxSkippedRanks() >= 0 && rank - lastRank > options.maxSkippedRanks() + 1) {
        return CAUSE_SKIPPED;
      }
      lastRank = rank;
      if (seen != null) {
        for (int c : marks) {
          if (c < 0) {
            continue;
          }
          if (seen[c]) {
            return CAUSE_REPEATED;
          }
          seen[c] = true;
        }
      }
      if (marks.length > 1) {
        switch (options.overvote()) {
          case EXHAUST_IMMEDIATELY -> {
            return CAUSE_OVERVOTE;
          }
          case ALWAYS_SKIP_TO_NEXT_RANK -> {
            continue;
          }
          case EXHAUST_IF_MULTIPLE_CONTINUING -> {
            int found = -1;
            for (int c : marks) {
              if (c == Ballot.UNKNOWN) {
                return CAUSE_OVERVOTE;
              }
              if (continuing[c]) {
                if (found >= 0 && found != c) {
                  return CAUSE_OVERVOTE;
                }
                found = c;
              }
            }
            if (found >= 0) {
              return found;
            }
            continue;
          }
        }
      }
      if (continuing[marks[0]]) {
        return marks[0];
      }
    }
    return CAUSE_EXHAUSTED;
  }

  static String causeName(int cause) {
    return switch (cause) {
      case CAUSE_OVERVOTE -> OVERVOTES;
      case CAUSE_SKIPPED -> SKIPPED;
      case CAUSE_REPEATED -> REPEATED;
      case CAUSE_FINAL_SURPLUS -> FINAL_SURPLUS;
      default -> EXHAUSTED_CHOICES;
    };
  }

  static List<String> causes() {
    return new ArrayList<>(Arrays.asList(EXHAUSTED_CHOICES, OVERVOTES, REPEATED, SKIPPED));
  }
}
