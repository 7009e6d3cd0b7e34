package org.serge.voting;

/**
 * Meek's method of STV (Hill, Wichmann and Woodall, 1987): every elected candidate keeps only
 * a fraction (the keep factor) of each vote that reaches them and passes the rest on, so
 * surpluses flow to later preferences on every ballot, including through elected candidates;
 * keep factors are iterated until the elected candidates' surpluses sum to under 10^-6 votes (or
 * under the truncation noise of two units per ballot group and candidate, for large counts), or
 * stop shrinking.
 * Quota = (votes − excess) ÷ (seats + 1), as the running total shrinks with exhausted votes.
 * Arithmetic is fixed-point at nine decimals: a ballot's remaining value is split exactly, so
 * nothing is lost to rounding. Excluded candidates' votes pass on in full. Ties are broken by
 * the most recent earlier round in which the tied candidates differed (as OpenSTV does, and as
 * RCTab's previous-round mode does, so that Meek with one seat agrees with IRV), then by
 * candidate order. Thread-safe.
 */
public final class MeekStv implements CountingRule {
  static final int SCALE = 9;
  static final long ONE = 1_000_000_000L;
  private static final long TOLERANCE = 1_000; // 10^-6 votes
  private static final int MAX_ITERATIONS = 1_000;

  @Override
  public String name() {
    return "meek";
  }

  @Override
  public CountResult count(Contest contest) {
    int n = contest.size();
    boolean[] withdrawn = Preferences.withdrawnMask(contest);
    int g = contest.ballots().size();
    int[][] prefs = new int[g][];
    long[] papers = new long[g];
    long total = 0;
    for (int i = 0; i < g; i++) {
      prefs[i] = Preferences.effective(contest.ballots().get(i), withdrawn);
      papers[i] = contest.ballots().get(i).count();
      if (prefs[i].length > 0) {
        total += papers[i] * ONE;
      }
    }
    long[] keep = new long[n];
    boolean[] hopeful = new boolean[n];
    boolean[] elected = new boolean[n];
    for (int c = 0; c < n; c++) {
      hopeful[c] = !withdrawn[c];
      keep[c] = withdrawn[c] ? 0 : ONE;
    }
    int electedCount = 0;
    StageHistory history = new StageHistory();
    SheetBuilder sheet = new SheetBuilder(contest, SCALE);
    long[] votes = new long[n];
    while (true) {
      long excess = 0;
      long quota = 0;
      // Each ballot's split truncates by under one unit per candidate, so a surplus below a
      // few units per ballot group is noise, not a surplus to redistribute.
      long tolerance = Math.max(TOLERANCE, 2L * n * g);
      long previous = Long.MAX_VALUE;
      for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
        excess = distribute(prefs, papers, keep, votes);
        quota = (total - excess) / (contest.seats() + 1);
        long surplus = 0;
        for (int c = 0; c < n; c++) {
          if (elected[c] && votes[c] > quota) {
            surplus += votes[c] - quota;
          }
        }
        if (surplus <= tolerance || surplus >= previous) {
          break;
        }
        previous = surplus;
        for (int c = 0; c < n; c++) {
          if (elected[c] && votes[c] > 0) {
            // Rounded up so that the elected never fall below the quota through truncation.
            keep[c] = scaleUp(keep[c], quota, votes[c]);
          }
        }
      }
      history.record(votes);
      boolean[] shown = new boolean[n];
      for (int c = 0; c < n; c++) {
        shown[c] = hopeful[c] || elected[c];
      }
      sheet.open(quota, votes, shown, excess, 0);
      boolean any = false;
      for (int c : byVotes(votes, hopeful, history)) {
        if (votes[c] > quota && electedCount < contest.seats()) {
          hopeful[c] = false;
          elected[c] = true;
          electedCount++;
          sheet.elect(c);
          any = true;
        }
      }
      int hopefuls = 0;
      for (boolean h : hopeful) {
        hopefuls += h ? 1 : 0;
      }
      if (electedCount == contest.seats()) {
        break;
      }
      if (hopefuls <= contest.seats() - electedCount) {
        for (int c : byVotes(votes, hopeful, history)) {
          hopeful[c] = false;
          elected[c] = true;
          electedCount++;
          sheet.elect(c);
        }
        sheet.note("the hopeful candidates fill the remaining seats");
        break;
      }
      if (!any) {
        int[] order = byVotes(votes, hopeful, history);
        int lowest = order[order.length - 1];
        hopeful[lowest] = false;
        keep[lowest] = 0;
        sheet.eliminate(lowest);
      }
    }
    return sheet.finish("meek", total);
  }

  /** Splits each ballot's value down its preferences; returns the value left over (excess). */
  private static long distribute(int[][] prefs, long[] papers, long[] keep, long[] votes) {
    java.util.Arrays.fill(votes, 0);
    long excess = 0;
    for (int i = 0; i < prefs.length; i++) {
      if (prefs[i].length == 0) {
        continue;
      }
      long remaining = ONE;
      for (int c : prefs[i]) {
        long k = keep[c];
        if (k == 0) {
          continue;
        }
        long portion = k == ONE ? remaining : remaining * k / ONE;
        votes[c] += portion * papers[i];
        remaining -= portion;
        if (remaining == 0) {
          break;
        }
      }
      excess += remaining * papers[i];
    }
    return excess;
  }

  /** keep × quota ÷ votes, rounded up, at most one; exact even where the product overflows. */
  private static long scaleUp(long keep, long quota, long votes) {
    long high = Math.multiplyHigh(keep, quota);
    long low = keep * quota;
    if (high == 0 && low >= 0) {
      return Math.min(ONE, Math.ceilDiv(low, votes));
    }
    java.math.BigInteger product =
        java.math.BigInteger.valueOf(keep).multiply(java.math.BigInteger.valueOf(quota));
    java.math.BigInteger[] division = product.divideAndRemainder(java.math.BigInteger.valueOf(votes));
    long result = division[0].longValueExact() + (division[1].signum() > 0 ? 1 : 0);
    return Math.min(ONE, result);
  }

  /** Candidates in {@code among}, most votes first; ties by earlier rounds, then by order. */
  static int[] byVotes(long[] votes, boolean[] among, StageHistory history) {
    return java.util.stream.IntStream.range(0, votes.length)
        .filter(c -> among[c])
        .boxed()
        .sorted((a, b) -> {
          int by = Long.compare(votes[b], votes[a]);
          if (by != 0) {
            return by;
          }
          int earlier = history.compareLatest(b, a);
          return earlier != 0 ? earlier : Integer.compare(a, b);
        })
        .mapToInt(Integer::intValue)
        .toArray();
  }
}
