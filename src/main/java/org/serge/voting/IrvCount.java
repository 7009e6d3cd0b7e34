package org.serge.voting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/** The mutable state of one {@link Irv} count. Not thread-safe; one per count. */
final class IrvCount {
  private final Contest contest;
  private final IrvOptions options;
  private final long one;
  private final int n;
  private final int[][][] ranks;
  private final long[] papers;
  private final int[] where;
  private final boolean[] continuing;
  private final List<long[]> history = new ArrayList<>();
  private final SheetBuilder sheet;
  private final Random random;
  private final long[] inactive = new long[6];
  private long votesIn;

  IrvCount(Contest contest, IrvOptions options) {
    this.contest = contest;
    this.options = options;
    one = (long) Math.pow(10, options.decimalPlaces());
    n = contest.size();
    int g = contest.ballots().size();
    ranks = new int[g][][];
    papers = new long[g];
    where = new int[g];
    continuing = new boolean[n];
    for (int c = 0; c < n; c++) {
      continuing[c] = !contest.withdrawn().contains(c);
    }
    for (int i = 0; i < g; i++) {
      ranks[i] = contest.ballots().get(i).ranks();
      papers[i] = contest.ballots().get(i).count();
      where[i] = hasMarks(ranks[i]) ? Irv.ACTIVE : Integer.MIN_VALUE; // MIN_VALUE: undervote
    }
    sheet = new SheetBuilder(contest, options.decimalPlaces());
    random = new Random(options.randomSeed());
  }

  private static boolean hasMarks(int[][] ballot) {
    for (int[] rank : ballot) {
      if (rank.length > 0) {
        return true;
      }
    }
    return false;
  }

  CountResult run() {
    long[] votes = new long[n];
    for (int i = 0; i < where.length; i++) {
      if (where[i] != Integer.MIN_VALUE) {
        votesIn += papers[i] * one;
      }
    }
    List<Integer> decided = List.of();
    String decidedReason = "";
    int winner = -1;
    long threshold = 0;
    while (true) {
      long[][] moved = allocate(votes, decided);
      recordTransfers(decided, decidedReason, moved);
      history.add(votes.clone());
      long active = 0;
      for (int c = 0; c < n; c++) {
        active += continuing[c] ? votes[c] : 0;
      }
      // Once a winner is declared (continuing until two remain), RCTab keeps its threshold.
      threshold = winner >= 0 ? threshold : threshold(active);
      sheet.open(threshold, votes, continuing.clone(), votesIn - active, 0);
      for (int cause = 2; cause <= 5; cause++) {
        sheet.inactive(Irv.causeName(-cause), inactive[cause]);
      }
      int remaining = count(continuing);
      if (winner < 0) {
        winner = winner(votes, threshold, remaining);
        if (winner >= 0) {
          sheet.elect(winner);
          sheet.transfer(winner, "elected", new long[n], 0);
          if (!options.continueUntilTwo() || remaining <= 2) {
            break;
          }
          decided = List.of(); // the round that declares the winner eliminates no one
          continue;
        }
      }
      if (winner >= 0 && remaining <= 2) {
        break;
      }
      decided = eliminate(votes, history.size() == 1, winner);
      decidedReason = "eliminated";
      for (int c : decided) {
        continuing[c] = false;
        sheet.eliminate(c);
      }
    }
    return sheet.finish("irv", votesIn);
  }

  /** Recounts every active ballot; returns moved[from][to] (to = n for exhausted). */
  private long[][] allocate(long[] votes, List<Integer> decided) {
    java.util.Arrays.fill(votes, 0);
    long[][] moved = decided.isEmpty() ? null : new long[n][n + 1];
    for (int i = 0; i < where.length; i++) {
      int before = where[i];
      if (before == Integer.MIN_VALUE || (before < 0 && before != Irv.ACTIVE)) {
        continue;
      }
      int now = before >= 0 && continuing[before] ? before : Irv.recipient(ranks[i], continuing, options);
      where[i] = now;
      long amount = papers[i] * one;
      if (now >= 0) {
        votes[now] += amount;
      } else {
        inactive[-now] += amount;
      }
      if (moved != null && before >= 0 && before != now) {
        moved[before][now >= 0 ? now : n] += amount;
      }
    }
    return moved;
  }

  private void recordTransfers(List<Integer> decided, String reason, long[][] moved) {
    // Transfers belong to the round that decided them, which the sheet still holds open.
    for (int from : decided) {
      long[] to = java.util.Arrays.copyOf(moved[from], n);
      sheet.transfer(from, reason, to, moved[from][n]);
    }
  }

  private long threshold(long active) {
    int seats = contest.seats();
    if (options.hareQuota()) {
      return active / seats;
    }
    long share = active / (seats + 1);
    return options.nonIntegerThreshold() ? share + 1 : (share / one) * one + one;
  }

  /**
   * The winner of this round, or -1: a candidate at or above the threshold; or, when at most
   * two candidates remain, the one with more votes (a tie broken by the tiebreak mode).
   */
  private int winner(long[] votes, long threshold, int remaining) {
    List<Integer> top = new ArrayList<>();
    for (int c = 0; c < n; c++) {
      if (!continuing[c]) {
        continue;
      }
      if (top.isEmpty() || votes[c] > votes[top.get(0)]) {
        top.clear();
        top.add(c);
      } else if (votes[c] == votes[top.get(0)]) {
        top.add(c);
      }
    }
    if (top.isEmpty()) {
      return -1;
    }
    if (top.size() == 1 && (votes[top.get(0)] >= threshold || remaining <= 2)) {
      return top.get(0);
    }
    return remaining <= 2 ? breakTie(top, true) : -1;
  }

  private static int count(boolean[] flags) {
    int k = 0;
    for (boolean f : flags) {
      k += f ? 1 : 0;
    }
    return k;
  }

  /** The candidates to eliminate this round, by RCTab's order of checks. */
  private List<Integer> eliminate(long[] votes, boolean firstRound, int winner) {
    List<Integer> out = new ArrayList<>();
    if (firstRound) {
      for (String name : options.eliminateFirst()) {
        int c = contest.candidates().indexOf(name);
        if (c >= 0 && continuing[c]) {
          out.add(c);
        }
      }
      if (!out.isEmpty()) {
        return out;
      }
    }
    List<Integer> order = new ArrayList<>();
    for (int c = 0; c < n; c++) {
      if (continuing[c] && c != winner) {
        order.add(c);
      }
    }
    order.sort(Comparator.comparingLong(c -> votes[c]));
    if (options.minimumVoteThreshold() > 0) {
      for (int c : order) {
        if (votes[c] < options.minimumVoteThreshold() * one) {
          out.add(c);
        }
      }
      if (!out.isEmpty() && out.size() < order.size()) {
        return out;
      }
      out.clear();
    }
    if (options.batchElimination()) {
      List<Integer> batch = batch(order, votes);
      if (batch.size() > 1) {
        return batch;
      }
    }
    List<Integer> tied = new ArrayList<>();
    for (int c : order) {
      if (votes[c] == votes[order.get(0)]) {
        tied.add(c);
      }
    }
    out.add(tied.size() == 1 ? tied.get(0) : breakTie(tied, false));
    return out;
  }

  /** The largest set of lowest candidates whose combined votes are below the next one's. */
  private List<Integer> batch(List<Integer> ascending, long[] votes) {
    List<Integer> best = List.of();
    long running = 0;
    for (int k = 0; k < ascending.size(); k++) {
      long here = votes[ascending.get(k)];
      if (k > 0 && running < here && votes[ascending.get(k - 1)] < here) {
        best = ascending.subList(0, k);
      }
      running += here;
    }
    return new ArrayList<>(best);
  }

  /**
   * Picks among tied candidates: the one to elect ({@code forWinner}) or to eliminate.
   * Permutation: earliest listed wins, latest listed is eliminated. Previous rounds: looking
   * back one round at a time, most (for winner) or fewest votes. Random: the tied names sorted,
   * one drawn with {@code java.util.Random(seed)} as RCTab does.
   */
  private int breakTie(List<Integer> tied, boolean forWinner) {
    switch (options.tiebreak()) {
      case PERMUTATION -> {
        int pick = tied.get(0);
        for (int c : tied) {
          boolean later = permutationIndex(c) > permutationIndex(pick);
          if (later != forWinner) {
            pick = c;
          }
        }
        sheet.note("tie broken by the candidate order given in the config");
        return pick;
      }
      case PREVIOUS_ROUND_COUNTS_THEN_RANDOM -> {
        List<Integer> left = new ArrayList<>(tied);
        for (int r = history.size() - 2; r >= 0 && left.size() > 1; r--) {
          long[] round = history.get(r);
          long target = forWinner
              ? left.stream().mapToLong(c -> round[c]).max().orElseThrow()
              : left.stream().mapToLong(c -> round[c]).min().orElseThrow();
          left.removeIf(c -> round[c] != target);
        }
        if (left.size() == 1) {
          sheet.note("tie broken by previous round counts");
          return left.get(0);
        }
        return randomPick(left);
      }
      default -> {
        return randomPick(tied);
      }
    }
  }

  private int permutationIndex(int c) {
    int index = options.permutation().indexOf(contest.candidates().get(c));
    return index >= 0 ? index : c;
  }

  private int randomPick(List<Integer> tied) {
    List<Integer> sorted = new ArrayList<>(tied);
    sorted.sort(Comparator.comparing(c -> contest.candidates().get(c)));
    int index = (int) Math.floor(random.nextDouble() * sorted.size());
    sheet.note("tie broken at random (seed " + options.randomSeed() + ")");
    return sorted.get(index);
  }
}
