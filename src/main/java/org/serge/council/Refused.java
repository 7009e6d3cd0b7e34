package org.serge.council;

import org.serge.SergeException;

/**
 * An action that the constitution does not allow. The message names the rule that refused
 * it, by id and text, and says why: {@code refused by rule mandates.simultaneous (No person
 * holds more than 1 mandate at once): ana already holds a mandate to uk}. No one is exempt.
 *
 * <p>Exit code 3, so scripts can tell a refusal from bad input (2) or a failure (1).
 */
public final class Refused extends SergeException {
  private static final long serialVersionUID = 1L;

  private final transient Rule rule;
  private final String reason;

  public Refused(Rule rule, String reason) {
    super("refused by rule " + rule + ": " + reason);
    this.rule = rule;
    this.reason = reason;
  }

  public Rule rule() {
    return rule;
  }

  public String reason() {
    return reason;
  }

  @Override
  public int exitCode() {
    return 3;
  }
}
