package org.serge.budgeting;

import java.util.List;

/**
 * A participatory-budgeting rule. Implementations are pure and deterministic: the same
 * instance always yields the same selection, whatever the platform's float behaviour.
 */
public interface BudgetRule {
  /** The selected project indices, in the order the rule selected them; within budget. */
  List<Integer> select(PbInstance instance);

  /** The rule's id as used by the CLI and in pabulib META ({@code greedy}, …). */
  String id();
}
