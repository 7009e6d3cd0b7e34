package org.serge.formats;

import java.util.List;
import org.serge.budgeting.committee.ApprovalProfile;

/**
 * An abcvoting {@code .abc.yaml} election: the profile, the committee size and the expected
 * results it lists ({@code compute} entries).
 */
public record AbcInstance(ApprovalProfile profile, int committeeSize, List<Expected> expected) {
  public AbcInstance {
    expected = List.copyOf(expected);
  }

  /**
   * One {@code compute} entry: the rule id, whether resolute, and all winning committees
   * ({@code null} when the file says the result was not computed).
   */
  public record Expected(String ruleId, boolean resolute, List<List<Integer>> committees) {}
}
