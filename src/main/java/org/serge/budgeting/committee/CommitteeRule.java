package org.serge.budgeting.committee;

import java.util.List;

/**
 * An approval-based committee rule. Committees are ascending lists of candidate indices.
 * Resolute: exactly one winning committee (ties broken towards lower candidate indices, as
 * abcvoting does). Irresolute: every winning committee, without duplicates, in
 * lexicographic order. Implementations are pure and deterministic.
 */
public interface CommitteeRule {
  /** The abcvoting rule id, e.g. {@code seqphragmen}. */
  String id();

  /** The winning committee(s) of {@code size} members. */
  List<List<Integer>> committees(ApprovalProfile profile, int size, boolean resolute);
}
