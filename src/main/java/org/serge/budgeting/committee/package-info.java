/**
 * Approval-based committee rules (the abcvoting family) in exact rational arithmetic: every
 * candidate costs 1 and a committee of a given size is chosen. Rules sit behind
 * {@link org.serge.budgeting.committee.CommitteeRule} and are looked up by their abcvoting
 * rule id in {@link org.serge.budgeting.committee.CommitteeRules}. Pure, no I/O.
 */
package org.serge.budgeting.committee;
