package org.serge.voting;

import java.util.ArrayList;
import java.util.List;

/**
 * The Schulze method: d[a][b] counts the voters who rank a above b (an unranked candidate is
 * below every ranked one; candidates at one rank are equal); p[a][b] is the strength of the
 * widest path from a to b. Winners are chosen one by one: the remaining candidate whom no
 * other remaining candidate beats by paths (p[x][a] > p[a][x]), ties by candidate order.
 * The sheet has one round whose tally shows first preferences (so that it balances) and a
 * note with the pairwise path strengths of the winners. Thread-safe.
 */
public final class Schulze implements CountingRule {
  @Override
  public String name() {
    return "schulze";
  }

  @Override
  public CountResult count(Contest contest) {
    int n = contest.size();
    long[][] d = pairwise(contest);
    long[][] p = new long[n][n];
    for (int a = 0; a < n; a++) {
      for (int b = 0; b < n; b++) {
        p[a][b] = a != b && d[a][b] > d[b][a] ? d[a][b] : 0;
      }
    }
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        if (i == j) {
          continue;
        }
        for (int k = 0; k < n; k++) {
          if (i != k && j != k) {
            p[j][k] = Math.max(p[j][k], Math.min(p[j][i], p[i][k]));
          }
        }
      }
    }
    List<Integer> remaining = new ArrayList<>();
    for (int c = 0; c < n; c++) {
      if (!contest.withdrawn().contains(c)) {
        remaining.add(c);
      }
    }
    CountResult firsts = new Plurality().count(contest);
    SheetBuilder sheet = new SheetBuilder(contest, 0);
    long[] votes = new long[n];
    boolean[] shown = new boolean[n];
    firsts.rounds().get(0).tally().forEach((name, v) -> {
      int c = contest.candidates().indexOf(name);
      votes[c] = v.longValueExact();
      shown[c] = true;
    });
    sheet.open(0, votes, shown, firsts.rounds().get(0).exhausted().longValueExact(), 0);
    for (int seat = 0; seat < contest.seats() && !remaining.isEmpty(); seat++) {
      int winner = remaining.get(0);
      for (int a : remaining) {
        boolean beaten = false;
        for (int x : remaining) {
          beaten |= x != a && p[x][a] > p[a][x];
        }
        if (!beaten) {
          winner = a;
          break;
        }
      }
      remaining.remove(Integer.valueOf(winner));
      sheet.elect(winner);
    }
    sheet.note("winners chosen by strongest pairwise paths");
    return sheet.finish("schulze", contest.voters());
  }

  /** d[a][b]: voters ranking a strictly above b. */
  static long[][] pairwise(Contest contest) {
    int n = contest.size();
    long[][] d = new long[n][n];
    for (Ballot ballot : contest.ballots()) {
      int[] level = new int[n];
      java.util.Arrays.fill(level, Integer.MAX_VALUE);
      int[][] ranks = ballot.ranks();
      for (int r = 0; r < ranks.length; r++) {
        for (int c : ranks[r]) {
          if (c >= 0) {
            level[c] = Math.min(level[c], r);
          }
        }
      }
      for (int a = 0; a < n; a++) {
        for (int b = 0; b < n; b++) {
          if (level[a] < level[b]) {
            d[a][b] += ballot.count();
          }
        }
      }
    }
    return d;
  }
}
