package org.serge.council.constitution;

import java.time.Duration;
import org.serge.council.Rule;

/**
 * How one kind of decision is taken: the quorum (the share of those entitled to vote who
 * must take part, abstentions included), the threshold, and how long a motion stays open
 * unless everyone entitled has voted.
 *
 * @param kind the kind of decision: {@code ordinary}, {@code plan}, {@code recall}, …
 */
public record DecisionRule(String kind, Fraction quorum, Threshold threshold, Duration period) {
  /** The rule's id: {@code decisions.KIND}. */
  public String id() {
    return "decisions." + kind;
  }

  /** The rule, with its text in plain words. */
  public Rule rule() {
    return new Rule(id(), ("aeiou".indexOf(kind.charAt(0)) >= 0 ? "An " : "A ") + kind + " decision needs " + quorum + " of those entitled to vote to take part, and "
        + threshold.words() + "; a motion stays open " + Durations.words(period)
        + " unless everyone entitled has voted.");
  }

  /** Whether a motion with these votes, out of {@code entitled}, is adopted. */
  public boolean adopts(long yes, long no, long abstain, long entitled) {
    return quorate(yes + no + abstain, entitled) && threshold.passes(yes, no);
  }

  /** Whether {@code voted} of {@code entitled} meet the quorum. */
  public boolean quorate(long voted, long entitled) {
    return entitled > 0 && quorum.reachedBy(voted, entitled);
  }
}
