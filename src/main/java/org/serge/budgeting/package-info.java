/**
 * Pure participatory-budgeting core: instances ({@link org.serge.budgeting.PbInstance}),
 * rules behind {@link org.serge.budgeting.BudgetRule} (Equal Shares with its completions,
 * greedy, sequential Phragmén), "for whom" figures ({@link org.serge.budgeting.Impact}) and
 * approval-based committee rules ({@link org.serge.budgeting.CommitteeRule}). No I/O.
 */
package org.serge.budgeting;
