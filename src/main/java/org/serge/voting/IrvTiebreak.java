package org.serge.voting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * The tiebreak modes of {@link Irv}, as RCTab applies them. Holds the count's one seeded
 * generator, so that successive draws follow RCTab's sequence. Not thread-safe; one per count.
 */
final class IrvTiebreak {
  private final Contest contest;
  private final IrvOptions options;
  private final SheetBuilder sheet;
  private final Random random;

  IrvTiebreak(Contest contest, IrvOptions options, SheetBuilder sheet) {
    this.contest = contest;
    this.options = options;
    this.sheet = sheet;
    this.random = new Random(options.randomSeed());
  }

  /**
   * Picks among tied candidates: the one to elect ({@code forWinner}) or to eliminate.
   * Permutation: earliest listed wins, latest listed is eliminated. Previous rounds: looking
   * back one round at a time, most (for winner) or fewest votes. Random: the tied names sorted,
   * one drawn with {@code java.util.Random(seed)} as RCTab does.
   */
  int pick(List<Integer> tied, boolean forWinner, List<long[]> history) {
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
        left.sort(Comparator.comparing(c -> contest.candidates().get(c)));
        for (int r = history.size() - 2; r >= 0 && left.size() > 1; r--) {
          long[] round = history.get(r);
          long target = forWinner
              ? left.stream().mapToLong(c -> round[c]).max().orElseThrow()
              : left.stream().mapToLong(c -> round[c]).min().orElseThrow();
          // RCTab regroups the tied names through a java.util.HashSet at each look-back, so a
          // later random draw indexes them in that set's iteration order; reproduce it.
          java.util.Set<String> names = new java.util.HashSet<>();
          left.forEach(c -> names.add(contest.candidates().get(c)));
          List<Integer> kept = new ArrayList<>();
          for (String name : names) {
            int c = contest.candidates().indexOf(name);
            if (round[c] == target) {
              kept.add(c);
            }
          }
          left = kept;
        }
        if (left.size() == 1) {
          sheet.note("tie broken by previous round counts");
          return left.get(0);
        }
        return draw(left);
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
    return draw(sorted);
  }

  /** One draw from the count's seeded generator, indexing the list in the order given. */
  private int draw(List<Integer> ordered) {
    int index = (int) Math.floor(random.nextDouble() * ordered.size());
    sheet.note("tie broken at random (seed " + options.randomSeed() + ")");
    return ordered.get(index);
  }
}
