package org.serge.budgeting;

import java.util.List;
import java.util.Map;

/**
 * A participatory-budgeting election: projects, the budget (whole currency units), the
 * ballots, the vote type ({@code approval}, {@code scoring}, {@code cumulative},
 * {@code ordinal}) and the file's META pairs (e.g. {@code rule}). Immutable.
 */
public record PbInstance(
    List<Project> projects, long budget, List<Ballot> ballots, String voteType, Map<String, String> meta) {
  public PbInstance {
    projects = List.copyOf(projects);
    ballots = List.copyOf(ballots);
    meta = Map.copyOf(meta);
  }

  /** Number of supporters of each project (approval counts, whatever the vote type). */
  public long[] supportCounts() {
    long[] counts = new long[projects.size()];
    for (Ballot ballot : ballots) {
      for (int p : ballot.projects()) {
        counts[p]++;
      }
    }
    return counts;
  }

  /** The supporters of each project, as ballot indices in ascending order. */
  public int[][] supporters() {
    long[] counts = supportCounts();
    int[][] result = new int[projects.size()][];
    int[] fill = new int[projects.size()];
    for (int p = 0; p < result.length; p++) {
      result[p] = new int[(int) counts[p]];
    }
    for (int v = 0; v < ballots.size(); v++) {
      for (int p : ballots.get(v).projects()) {
        result[p][fill[p]++] = v;
      }
    }
    return result;
  }

  /** Total cost of the given projects. */
  public long cost(List<Integer> selection) {
    long total = 0;
    for (int p : selection) {
      total += projects.get(p).cost();
    }
    return total;
  }
}
