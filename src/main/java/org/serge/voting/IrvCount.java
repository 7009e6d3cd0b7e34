package org.serge.voting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

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
  private final IrvTiebreak tiebreak;
  /** One winner, RCTab's single-winner semantics (not the open-ended percentage mode). */
  private final boolean single;
  private final long[] inactive = new long[7];
  private final long[] value;
  private final boolean[] elected;
  private final long[] fraction;
  private final long[] surplusOf;
  private final long[] kept;
  private int winners;
  private long residual;
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
    value = new long[g];
    elected = new boolean[n];
    fraction = new long[n];
    surplusOf = new long[n];
    kept = new long[n];
    java.util.Arrays.fill(fraction, -1);
    for (int c = 0; c < n; c++) {
      continuing[c] = !contest.withdrawn().contains(c);
    }
    for (int i = 0; i < g; i++) {
      ranks[i] = contest.ballots().get(i).ranks();
      papers[i] = contest.ballots().get(i).count();
      where[i] = hasMarks(ranks[i]) ? Irv.ACTIVE : Integer.MIN_VALUE; // MIN_VALUE: undervote
    }
    sheet = new SheetBuilder(contest, options.decimalPlaces());
    tiebreak = new IrvTiebreak(contest, options, sheet);
    single = contest.seats() == 1 && options.bottomsUpPercentage() == null;
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
      value[i] = one;
      if (where[i] != Integer.MIN_VALUE) {
        votesIn += papers[i] * one;
      }
    }
    List<Integer> decided = List.of();
    long threshold = 0;
    boolean finalRound = false;
    while (true) {
      long[][] moved = allocate(votes, decided, finalRound);
      recordTransfers(decided, moved);
      for (int c = 0; c < n; c++) {
        if (elected[c] && !continuing[c]) {
          votes[c] = kept[c]; // a multi-seat winner keeps the threshold; the rest moved on
        }
      }
      history.add(votes.clone());
      long held = 0;
      boolean[] shown = new boolean[n];
      for (int c = 0; c < n; c++) {
        shown[c] = continuing[c] || elected[c];
        held += shown[c] ? votes[c] : 0;
      }
      // Multi-seat counts fix the threshold in round 1; single-seat counts recompute it until
      // a winner is declared (and keep it while continuing until two remain).
      if (history.size() == 1 || (single && winners == 0)) {
        threshold = threshold(held);
      }
      sheet.open(threshold, votes, shown, votesIn - held - residual, residual);
      for (int cause = 2; cause <= 6; cause++) {
        if (cause < 6 || inactive[6] != 0) {
          sheet.inactive(Irv.causeName(-cause), inactive[cause]);
        }
      }
      if (finalRound) {
        break;
      }
      int remaining = count(continuing);
      if (remaining == 0) {
        sheet.note("no continuing candidate is left for the seats still open");
        break;
      }
      List<Integer> newWinners = winners(votes, threshold, remaining);
      if (!newWinners.isEmpty()) {
        boolean surplus = false;
        for (int w : newWinners) {
          elect(w, votes[w], threshold);
          surplus |= votes[w] > threshold;
        }
        decided = newWinners;
        if (single) {
          // A single winner keeps their ballots: nothing transfers (RCTab shows {}).
          sheet.transfer(newWinners.get(0), "elected", new long[n], 0);
          if (options.continueUntilTwo() && remaining > 2) {
            decided = List.of(); // the round that declares the winner eliminates no one
            continue;
          }
          break;
        }
        if (options.bottomsUp()) {
          // Bottoms-up counts elect the last candidates standing and transfer nothing.
          newWinners.forEach(w -> sheet.transfer(w, "elected", new long[n], 0));
          break;
        }
        if (winners == contest.seats()) {
          if (!surplus) {
            break;
          }
          // RCTab shows one more round with the last surpluses set aside.
          java.util.Arrays.fill(continuing, false);
          finalRound = true;
        }
        continue;
      }
      if (winners == contest.seats() && remaining <= 2) {
        break;
      }
      decided = eliminate(votes, history.size() == 1);
      for (int c : decided) {
        continuing[c] = false;
        sheet.eliminate(c);
      }
    }
    return sheet.finish("irv", votesIn);
  }

  private void elect(int w, long votes, long threshold) {
    elected[w] = true;
    winners++;
    sheet.elect(w);
    if (single) {
      return; // continuing until two remain, the winner keeps every ballot
    }
    continuing[w] = false;
    kept[w] = Math.min(votes, threshold);
    long surplus = Math.max(0, votes - threshold);
    surplusOf[w] = surplus;
    // RCTab: surplus fraction truncated to the vote decimals, then each ballot's share too.
    fraction[w] = votes == 0 ? 0 : surplus * one / votes;
  }

  /** Recounts every active ballot; returns moved[from][to] (to = n for exhausted). */
  private long[][] allocate(long[] votes, List<Integer> decided, boolean finalRound) {
    java.util.Arrays.fill(votes, 0);
    long[][] moved = decided.isEmpty() ? null : new long[n][n + 1];
    for (int i = 0; i < where.length; i++) {
      int before = where[i];
      if (before == Integer.MIN_VALUE || (before < 0 && before != Irv.ACTIVE)) {
        continue;
      }
      if (before >= 0 && continuing[before]) {
        votes[before] += papers[i] * value[i];
        continue;
      }
      boolean fromWinner = before >= 0 && elected[before];
      if (fromWinner) {
        value[i] = value[i] * fraction[before] / one;
      }
      int now = Irv.recipient(ranks[i], continuing, options);
      where[i] = now;
      long amount = papers[i] * value[i];
      if (now >= 0) {
        votes[now] += amount;
      } else {
        inactive[fromWinner && finalRound ? 6 : -now] += amount;
      }
      if (moved != null && before >= 0) {
        moved[before][now >= 0 ? now : n] += amount;
      }
    }
    return moved;
  }

  private void recordTransfers(List<Integer> decided, long[][] moved) {
    // Transfers belong to the round that decided them, which the sheet still holds open.
    for (int from : decided) {
      long[] to = java.util.Arrays.copyOf(moved[from], n);
      if (elected[from]) {
        long sent = 0;
        for (long amount : moved[from]) {
          sent += amount;
        }
        long left = surplusOf[from] - sent;
        residual += left;
        sheet.transfer(from, "elected", to, moved[from][n], left);
      } else {
        sheet.transfer(from, "eliminated", to, moved[from][n]);
      }
    }
  }

  private long threshold(long active) {
    if (options.bottomsUpPercentage() != null) {
      return java.math.BigDecimal.valueOf(active).multiply(options.bottomsUpPercentage())
          .divide(java.math.BigDecimal.valueOf(100), 0, java.math.RoundingMode.DOWN).longValueExact();
    }
    int seats = contest.seats();
    if (options.hareQuota()) {
      return active / seats;
    }
    long share = active / (seats + 1);
    return options.nonIntegerThreshold() ? share + 1 : (share / one) * one + one;
  }

  /**
   * The winners of this round: every continuing candidate at or above the threshold, most
   * votes first; else, when the continuing candidates just fill the seats left, all of them;
   * else, for one seat with two candidates left, the one with more votes (a tie broken by the
   * tiebreak mode).
   */
  private List<Integer> winners(long[] votes, long threshold, int remaining) {
    List<Integer> out = new ArrayList<>();
    if (options.bottomsUpPercentage() != null) {
      for (int c = 0; c < n; c++) {
        if (continuing[c]) {
          if (votes[c] < threshold) {
            return List.of();
          }
          out.add(c);
        }
      }
      return out;
    }
    if (winners == contest.seats()) {
      return out;
    }
    for (int c = 0; c < n; c++) {
      if (continuing[c] && votes[c] >= threshold && !options.bottomsUp()) {
        out.add(c);
      }
    }
    out.sort((a, b) -> Long.compare(votes[b], votes[a]));
    int left = contest.seats() - winners;
    if (out.size() > left) {
      out = new ArrayList<>(out.subList(0, left));
    }
    if (contest.seats() > 1 && remaining <= left) {
      for (int c = 0; c < n; c++) {
        if (continuing[c] && !out.contains(c)) {
          out.add(c);
        }
      }
    }
    if (out.isEmpty() && single && remaining == 2) {
      List<Integer> top = new ArrayList<>();
      for (int c = 0; c < n; c++) {
        if (continuing[c] && (top.isEmpty() || votes[c] >= votes[top.get(0)])) {
          if (!top.isEmpty() && votes[c] > votes[top.get(0)]) {
            top.clear();
          }
          top.add(c);
        }
      }
      out.add(top.size() == 1 ? top.get(0) : tiebreak.pick(top, true, history));
    }
    return out;
  }

  private static int count(boolean[] flags) {
    int k = 0;
    for (boolean f : flags) {
      k += f ? 1 : 0;
    }
    return k;
  }

  /** The candidates to eliminate this round, by RCTab's order of checks. */
  private List<Integer> eliminate(long[] votes, boolean firstRound) {
    List<Integer> out = new ArrayList<>();
    if (firstRound) {
      for (String name : options.eliminateFirst()) {
        int c = contest.candidates().indexOf(name);
        if (c >= 0 && continuing[c]) {
          out.add(c);
        }
      }
      if (!out.isEmpty()) {
        sheet.note("undeclared write-ins are eliminated first");
        return out;
      }
    }
    List<Integer> order = new ArrayList<>();
    for (int c = 0; c < n; c++) {
      if (continuing[c] && !elected[c]) {
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
        sheet.note("below the minimum vote threshold");
        return out;
      }
      out.clear();
    }
    if (options.batchElimination()) {
      List<Integer> batch = batch(order, votes);
      if (batch.size() > 1) {
        sheet.note("batch elimination: together they cannot overtake the next candidate");
        return batch;
      }
    }
    List<Integer> tied = new ArrayList<>();
    for (int c : order) {
      if (votes[c] == votes[order.get(0)]) {
        tied.add(c);
      }
    }
    out.add(tied.size() == 1 ? tied.get(0) : tiebreak.pick(tied, false, history));
    sheet.note("fewest votes");
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
}
