package org.serge.budgeting;

import java.util.Map;

/**
 * One voter's ballot: the indices of the projects they supported (into the instance's
 * project list, in ballot order) with the points given to each (1 each for approval; score
 * or cumulative points otherwise), and their attributes (district, age…) as read.
 */
public record Ballot(String voterId, int[] projects, long[] points, Map<String, String> attributes) {
  public Ballot {
    if (projects.length != points.length) {
      throw new IllegalArgumentException("one point value per project expected");
    }
    attributes = Map.copyOf(attributes);
  }

  /** Whether this voter supported project {@code index}. */
  public boolean supports(int index) {
    for (int p : projects) {
      if (p == index) {
        return true;
      }
    }
    return false;
  }
}
