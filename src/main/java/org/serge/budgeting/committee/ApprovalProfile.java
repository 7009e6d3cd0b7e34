package org.serge.budgeting.committee;

import java.util.Arrays;
import java.util.List;

/**
 * An approval profile: candidates 0..numCandidates-1, one approval set per voter (sorted,
 * no duplicates) and a positive weight per voter (1 unless the source gives weights).
 */
public record ApprovalProfile(int numCandidates, List<int[]> approvals, List<Rational> weights) {
  public ApprovalProfile {
    approvals = List.copyOf(approvals);
    weights = List.copyOf(weights);
    if (approvals.size() != weights.size()) {
      throw new IllegalArgumentException("one weight per voter expected");
    }
  }

  public int voters() {
    return approvals.size();
  }

  public boolean approves(int voter, int candidate) {
    return Arrays.binarySearch(approvals.get(voter), candidate) >= 0;
  }

  public Rational totalWeight() {
    return weights.stream().reduce(Rational.ZERO, Rational::add);
  }

  /** Total weight of the approvers of each candidate. */
  public Rational[] approvalScores() {
    Rational[] score = new Rational[numCandidates];
    Arrays.fill(score, Rational.ZERO);
    for (int v = 0; v < voters(); v++) {
      for (int c : approvals.get(v)) {
        score[c] = score[c].add(weights.get(v));
      }
    }
    return score;
  }

  /** How many members of {@code committee} voter {@code v} approves. */
  public int hits(int v, boolean[] committee) {
    int count = 0;
    for (int c : approvals.get(v)) {
      count += committee[c] ? 1 : 0;
    }
    return count;
  }
}
