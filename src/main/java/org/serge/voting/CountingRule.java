package org.serge.voting;

/**
 * A counting rule: takes a contest, returns its count sheet. Implementations are stateless
 * (or hold only their options) and thread-safe; they never do I/O.
 */
public interface CountingRule {
  /** The rule's name as the CLI spells it ({@code scottish}, {@code meek}, …). */
  String name();

  /** Counts the contest; the result's every round balances (see {@link Round#balances}). */
  CountResult count(Contest contest);
}
