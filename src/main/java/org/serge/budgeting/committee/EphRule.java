package org.serge.budgeting.committee;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * E Pluribus Hugo (the Hugo Awards' rule, as abcvoting defines it): repeatedly, among
 * the remaining candidates, take those whose single-divisible-vote score (each voter's
 * weight split equally over their remaining approved candidates) is at most the second
 * smallest, keep those of them with the fewest approvals, and eliminate them all. When that
 * would leave fewer than k candidates, every way of eliminating just enough of them gives a
 * winning committee (resolute: the highest indices are eliminated).
 */
final class EphRule implements CommitteeRule {
  @Override
  public String id() {
    return "eph";
  }

  @Override
  public List<List<Integer>> committees(ApprovalProfile profile, int size, boolean resolute) {
    TreeSet<Integer> remaining = new TreeSet<>();
    for (int c = 0; c < profile.numCandidates(); c++) {
      remaining.add(c);
    }
    while (remaining.size() > size) {
      Rational[] sdv = new Rational[profile.numCandidates()];
      Rational[] av = new Rational[profile.numCandidates()];
      for (int c : remaining) {
        sdv[c] = Rational.ZERO;
        av[c] = Rational.ZERO;
      }
      for (int v = 0; v < profile.voters(); v++) {
        List<Integer> approved = new ArrayList<>();
        for (int c : profile.approvals().get(v)) {
          if (remaining.contains(c)) {
            approved.add(c);
          }
        }
        for (int c : approved) {
          sdv[c] = sdv[c].add(profile.weights().get(v).divide(Rational.of(approved.size())));
          av[c] = av[c].add(profile.weights().get(v));
        }
      }
      List<Rational> sorted = remaining.stream().map(c -> sdv[c]).sorted().toList();
      Rational cutoff = sorted.get(1);
      List<Integer> eliminate = remaining.stream().filter(c -> sdv[c].compareTo(cutoff) <= 0).toList();
      Rational fewest = eliminate.stream().map(c -> av[c]).min(Rational::compareTo).orElseThrow();
      eliminate = new ArrayList<>(eliminate.stream().filter(c -> av[c].compareTo(fewest) <= 0).toList());
      java.util.Collections.reverse(eliminate); // highest indices eliminated first when resolute
      if (remaining.size() - eliminate.size() <= size) {
        List<List<Integer>> result = new ArrayList<>();
        for (int[] chosen : Committees.all(eliminate.size(), remaining.size() - size)) {
          TreeSet<Integer> committee = new TreeSet<>(remaining);
          for (int i : chosen) {
            committee.remove(eliminate.get(i));
          }
          result.add(new ArrayList<>(committee));
          if (resolute) {
            break;
          }
        }
        return Committees.canonical(result);
      }
      remaining.removeAll(eliminate);
    }
    return List.of(new ArrayList<>(remaining));
  }
}
