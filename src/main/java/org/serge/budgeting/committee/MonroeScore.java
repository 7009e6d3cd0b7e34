package org.serge.budgeting.committee;

import java.util.ArrayList;
import java.util.List;

/**
 * The Monroe score of a committee: the most voters that can be assigned to a member they
 * approve when every member represents floor(n/k) or ceil(n/k) voters (voters left over
 * can always fill the remaining places, which are exactly n). Computed as a maximum flow:
 * voter → approved member (1), member → sink (floor), member → overflow (1),
 * overflow → sink (n mod k). Unit voter weights only (as abcvoting).
 */
final class MonroeScore {
  private MonroeScore() {}

  static List<Rational> score(ApprovalProfile profile, boolean[] in) {
    for (Rational w : profile.weights()) {
      if (!w.equals(Rational.ONE)) {
        throw new IllegalArgumentException("Monroe is defined here for unit voter weights only");
      }
    }
    List<Integer> members = new ArrayList<>();
    for (int c = 0; c < in.length; c++) {
      if (in[c]) {
        members.add(c);
      }
    }
    int n = profile.voters();
    int k = members.size();
    if (k == 0) {
      return List.of(Rational.ZERO);
    }
    // nodes: source 0, voters 1..n, members n+1..n+k, overflow n+k+1, sink n+k+2
    int nodes = n + k + 3;
    int source = 0;
    int overflow = n + k + 1;
    int sink = n + k + 2;
    int[][] capacity = new int[nodes][nodes];
    for (int v = 0; v < n; v++) {
      capacity[source][1 + v] = 1;
      for (int j = 0; j < k; j++) {
        if (profile.approves(v, members.get(j))) {
          capacity[1 + v][n + 1 + j] = 1;
        }
      }
    }
    for (int j = 0; j < k; j++) {
      capacity[n + 1 + j][sink] = n / k;
      capacity[n + 1 + j][overflow] = 1;
    }
    capacity[overflow][sink] = n % k;
    int flow = 0;
    while (augment(capacity, source, sink, new boolean[nodes])) {
      flow++;
    }
    return List.of(Rational.of(flow));
  }

  /** Finds one augmenting path by depth-first search and pushes one unit along it. */
  private static boolean augment(int[][] capacity, int at, int sink, boolean[] seen) {
    if (at == sink) {
      return true;
    }
    seen[at] = true;
    for (int next = 0; next < capacity.length; next++) {
      if (!seen[next] && capacity[at][next] > 0 && augment(capacity, next, sink, seen)) {
        capacity[at][next]--;
        capacity[next][at]++;
        return true;
      }
    }
    return false;
  }
}
