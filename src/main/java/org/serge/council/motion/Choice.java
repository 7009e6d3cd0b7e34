package org.serge.council.motion;

import java.util.Locale;
import org.serge.InvalidInputException;

/** A vote on a motion. Abstentions count towards the quorum only. */
public enum Choice {
  YES,
  NO,
  ABSTAIN;

  public String text() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Choice parse(String text) {
    try {
      return valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(null, 0, "choice", "'" + text + "' is not yes, no or abstain");
    }
  }
}
