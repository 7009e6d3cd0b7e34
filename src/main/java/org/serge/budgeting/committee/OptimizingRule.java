package org.serge.budgeting.committee;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * A rule that picks the committees maximising a score, by exhaustive search over all
 * committees (abcvoting instances have at most a few hundred). The score is a list of
 * rationals compared lexicographically, so that lexicographic rules (lexcc, lexminimaxav)
 * fit the same mould as Thiele rules (av, pav, cc, slav, sav, geom) and minimax-AV.
 */
final class OptimizingRule implements CommitteeRule {
  private final String id;
  private final BiFunction<ApprovalProfile, boolean[], List<Rational>> score;

  OptimizingRule(String id, BiFunction<ApprovalProfile, boolean[], List<Rational>> score) {
    this.id = id;
    this.score = score;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public List<List<Integer>> committees(ApprovalProfile profile, int size, boolean resolute) {
    List<Rational> best = null;
    List<List<Integer>> winners = new ArrayList<>();
    for (int[] committee : Committees.all(profile.numCandidates(), size)) {
      boolean[] in = new boolean[profile.numCandidates()];
      List<Integer> members = new ArrayList<>();
      for (int c : committee) {
        in[c] = true;
        members.add(c);
      }
      List<Rational> value = score.apply(profile, in);
      int versus = best == null ? 1 : compare(value, best);
      if (versus > 0) {
        best = value;
        winners.clear();
      }
      if (versus >= 0) {
        winners.add(members);
      }
    }
    return resolute ? List.of(winners.getFirst()) : Committees.canonical(winners);
  }

  private static int compare(List<Rational> a, List<Rational> b) {
    for (int i = 0; i < a.size(); i++) {
      int c = a.get(i).compareTo(b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  /** Thiele score: sum over voters of weight × (w(1) + … + w(hits)). */
  static OptimizingRule thiele(String id, ThieleWeights weights) {
    return new OptimizingRule(id, (profile, in) -> {
      Rational total = Rational.ZERO;
      for (int v = 0; v < profile.voters(); v++) {
        total = total.add(profile.weights().get(v).multiply(weights.sum(profile, v, profile.hits(v, in))));
      }
      return List.of(total);
    });
  }

  /** Adams: the best CC score, then among those the best Thiele score with weights 1, 1, 1/2, 1/3, …. */
  static OptimizingRule adams() {
    return new OptimizingRule("adams", (profile, in) -> {
      Rational cc = Rational.ZERO;
      Rational adams = Rational.ZERO;
      for (int v = 0; v < profile.voters(); v++) {
        int hits = profile.hits(v, in);
        cc = cc.add(profile.weights().get(v).multiply(ThieleWeights.CC.sum(profile, v, hits)));
        adams = adams.add(profile.weights().get(v).multiply(ThieleWeights.ADAMS.sum(profile, v, hits)));
      }
      return List.of(cc, adams);
    });
  }

  /** lexcc: most voters with ≥1 approved member, then ≥2, … up to the committee size. */
  static OptimizingRule lexcc() {
    return new OptimizingRule("lexcc", (profile, in) -> {
      int size = 0;
      for (boolean b : in) {
        size += b ? 1 : 0;
      }
      List<Rational> vector = new ArrayList<>();
      for (int level = 1; level <= size; level++) {
        Rational count = Rational.ZERO;
        for (int v = 0; v < profile.voters(); v++) {
          if (profile.hits(v, in) >= level) {
            count = count.add(profile.weights().get(v));
          }
        }
        vector.add(count);
      }
      return vector;
    });
  }

  /** minimaxav (only the largest distance) or lexminimaxav (all, largest first). */
  static OptimizingRule minimaxAv(boolean lexicographic) {
    return new OptimizingRule(lexicographic ? "lexminimaxav" : "minimaxav", (profile, in) -> {
      List<Rational> distances = new ArrayList<>();
      for (int v = 0; v < profile.voters(); v++) {
        int size = 0;
        for (boolean b : in) {
          size += b ? 1 : 0;
        }
        int hits = profile.hits(v, in);
        // Hamming distance between the approval set and the committee, negated to maximise
        distances.add(Rational.of(-(profile.approvals().get(v).length + size - 2L * hits)));
      }
      distances.sort(null);
      return lexicographic ? distances : List.of(distances.getFirst());
    });
  }

  /** The trivial rule: every committee wins. */
  static OptimizingRule trivial() {
    return new OptimizingRule("trivial", (profile, in) -> List.of());
  }
}
