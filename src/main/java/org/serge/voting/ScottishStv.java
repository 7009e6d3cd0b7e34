package org.serge.voting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Single transferable vote as the Scottish Local Government Elections Order 2007 (SSI 2007/42,
 * schedule 1, rules 45–52) counts it: Droop quota floor(v/(s+1))+1; a surplus moves every
 * paper of the elected candidate at transfer value (surplus × paper value ÷ candidate's total),
 * truncated to five decimals (rule 48, the weighted inclusive Gregory method); the largest
 * surplus moves first, one per stage (rule 49); with no surplus left the lowest candidate is
 * excluded and all their papers move at their current value (rule 50); when the continuing
 * candidates just fill the vacancies they are elected (rule 52). Ties go to the candidate
 * ahead at the earliest stage at which they differed, then "by lot", which here is the
 * candidate listed first (deterministic so that counts can be repeated). Thread-safe.
 */
public final class ScottishStv implements CountingRule {
  static final int SCALE = 5;
  private static final long ONE = 100_000;

  @Override
  public String name() {
    return "scottish";
  }

  @Override
  public CountResult count(Contest contest) {
    return new Count(contest).run();
  }

  /** The mutable state of one count. */
  private static final class Count {
    final Contest contest;
    final int n;
    final int[][] prefs;
    final long[] papers;
    final long[] value;
    final int[] position;
    final List<List<Integer>> held = new ArrayList<>();
    final long[] votes;
    final boolean[] continuing;
    final boolean[] elected;
    final boolean[] surplusDone;
    final StageHistory history = new StageHistory();
    final SheetBuilder sheet;
    long exhausted;
    long loss;
    int electedCount;

    Count(Contest contest) {
      this.contest = contest;
      n = contest.size();
      boolean[] withdrawn = Preferences.withdrawnMask(contest);
      int g = contest.ballots().size();
      prefs = new int[g][];
      papers = new long[g];
      value = new long[g];
      position = new int[g];
      votes = new long[n];
      continuing = new boolean[n];
      elected = new boolean[n];
      surplusDone = new boolean[n];
      for (int c = 0; c < n; c++) {
        continuing[c] = !withdrawn[c];
        held.add(new ArrayList<>());
      }
      for (int i = 0; i < g; i++) {
        Ballot ballot = contest.ballots().get(i);
        prefs[i] = Preferences.effective(ballot, withdrawn);
        papers[i] = ballot.count();
        value[i] = ONE;
      }
      sheet = new SheetBuilder(contest, SCALE);
    }

    CountResult run() {
      long valid = 0;
      for (int i = 0; i < prefs.length; i++) {
        position[i] = -1;
        if (prefs[i].length > 0) {
          valid += papers[i];
        }
        place(i, null, -1);
      }
      exhausted = 0; // papers with no first preference are invalid, not part of the count
      long quota = (valid / (contest.seats() + 1) + 1) * ONE;
      int vacancies = contest.seats();
      while (true) {
        history.record(votes);
        sheet.open(quota, votes, shown(), exhausted, loss);
        electReaching(quota);
        if (electedCount == vacancies) {
          break;
        }
        if (fillRemaining(vacancies)) {
          break;
        }
        int surplus = largestSurplus(quota);
        if (surplus >= 0) {
          transferSurplus(surplus, quota);
        } else {
          exclude(lowest());
        }
      }
      return sheet.finish("scottish", valid * ONE);
    }

    boolean[] shown() {
      boolean[] shown = new boolean[n];
      for (int c = 0; c < n; c++) {
        shown[c] = continuing[c] || elected[c];
      }
      return shown;
    }

    /** Moves group i to its next continuing preference, crediting moved value to transfers. */
    void place(int i, long[] toCandidate, int unusedFrom) {
      int[] p = prefs[i];
      int pos = position[i] + 1;
      while (pos < p.length && !continuing[p[pos]]) {
        pos++;
      }
      position[i] = pos;
      long amount = papers[i] * value[i];
      if (pos < p.length) {
        int c = p[pos];
        held.get(c).add(i);
        votes[c] += amount;
        if (toCandidate != null) {
          toCandidate[c] += amount;
        }
      } else {
        exhausted += amount;
      }
    }

    void electReaching(long quota) {
      List<Integer> reaching = new ArrayList<>();
      for (int c = 0; c < n; c++) {
        if (continuing[c] && votes[c] >= quota) {
          reaching.add(c);
        }
      }
      reaching.sort(mostVotesFirst());
      for (int c : reaching) {
        if (electedCount < contest.seats()) {
          declare(c);
          sheet.note(contest.candidates().get(c) + " reached the quota (rule 47)");
        }
      }
    }

    void declare(int c) {
      continuing[c] = false;
      elected[c] = true;
      electedCount++;
      sheet.elect(c);
    }

    /** Rule 52: when the continuing candidates just fill the vacancies, they are elected. */
    boolean fillRemaining(int vacancies) {
      List<Integer> rest = new ArrayList<>();
      for (int c = 0; c < n; c++) {
        if (continuing[c]) {
          rest.add(c);
        }
      }
      if (rest.size() > vacancies - electedCount) {
        return false;
      }
      rest.sort(mostVotesFirst());
      for (int c : rest) {
        declare(c);
      }
      sheet.note("the continuing candidates fill the remaining vacancies (rule 52)");
      return true;
    }

    Comparator<Integer> mostVotesFirst() {
      return (a, b) -> {
        int byVotes = Long.compare(votes[b], votes[a]);
        if (byVotes != 0) {
          return byVotes;
        }
        int byHistory = history.compareEarliest(b, a);
        return byHistory != 0 ? byHistory : Integer.compare(a, b);
      };
    }

    int largestSurplus(long quota) {
      int best = -1;
      for (int c = 0; c < n; c++) {
        if (elected[c] && !surplusDone[c] && votes[c] > quota) {
          if (best < 0 || mostVotesFirst().compare(c, best) < 0) {
            best = c;
          }
        }
      }
      return best;
    }

    void transferSurplus(int c, long quota) {
      long total = votes[c];
      long surplus = total - quota;
      sheet.note("the surplus of " + contest.candidates().get(c)
          + " moves at transfer value surplus × value ÷ " + Preferences.decimal(total, SCALE)
          + " (rule 48)");
      surplusDone[c] = true;
      long[] to = new long[n];
      long before = exhausted;
      long moved = 0;
      List<Integer> groups = held.get(c);
      held.set(c, new ArrayList<>());
      for (int i : groups) {
        // Rule 48(3): A = surplus × paper value, B = total votes; five decimals, remainder ignored.
        value[i] = Math.multiplyExact(surplus, value[i]) / total;
        moved += papers[i] * value[i];
        place(i, to, c);
      }
      votes[c] = quota;
      loss += surplus - moved;
      sheet.transfer(c, "elected", to, exhausted - before);
    }

    int lowest() {
      int worst = -1;
      boolean tie = false;
      for (int c = 0; c < n; c++) {
        if (!continuing[c]) {
          continue;
        }
        if (worst < 0 || votes[c] < votes[worst]) {
          worst = c;
          tie = false;
        } else if (votes[c] == votes[worst]) {
          tie = true;
          int byHistory = history.compareEarliest(c, worst);
          if (byHistory < 0) {
            worst = c;
          }
        }
      }
      if (tie) {
        sheet.note("tie for exclusion broken by earlier stages, then by candidate order");
      }
      return worst;
    }

    void exclude(int c) {
      continuing[c] = false;
      sheet.eliminate(c);
      sheet.note("no surplus to transfer: " + contest.candidates().get(c)
          + " had the fewest votes and is excluded (rule 50)");
      long[] to = new long[n];
      long before = exhausted;
      List<Integer> groups = held.get(c);
      held.set(c, new ArrayList<>());
      for (int i : groups) {
        place(i, to, c);
      }
      votes[c] = 0;
      sheet.transfer(c, "eliminated", to, exhausted - before);
    }
  }
}
