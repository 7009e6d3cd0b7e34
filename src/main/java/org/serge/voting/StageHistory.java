package org.serge.voting;

import java.util.ArrayList;
import java.util.List;

/**
 * The tallies of all stages so far, to break ties by earlier stages as the Scottish rules
 * (and RCTab's previous-round mode) prescribe.
 */
final class StageHistory {
  private final List<long[]> stages = new ArrayList<>();

  void record(long[] votes) {
    stages.add(votes.clone());
  }

  /**
   * Compares a and b by their votes at the earliest stage at which they differed
   * (positive when a had more); 0 when they were always equal.
   */
  int compareEarliest(int a, int b) {
    for (long[] stage : stages) {
      if (stage[a] != stage[b]) {
        return Long.compare(stage[a], stage[b]);
      }
    }
    return 0;
  }

  /** Like {@link #compareEarliest} but looking back from the latest stage before the current. */
  int compareLatest(int a, int b) {
    for (int i = stages.size() - 2; i >= 0; i--) {
      long[] stage = stages.get(i);
      if (stage[a] != stage[b]) {
        return Long.compare(stage[a], stage[b]);
      }
    }
    return 0;
  }
}
