package org.serge.council;

import java.util.Locale;
import org.serge.InvalidInputException;

/**
 * What a council is: a workplace council of producers, a neighbourhood council of
 * consumers, or a federation of councils (whose assembly is its member councils' delegates).
 */
public enum CouncilKind {
  WORKPLACE,
  NEIGHBOURHOOD,
  FEDERATION;

  /** As written in the record and on the command line: {@code workplace}. */
  public String text() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static CouncilKind parse(String text) {
    try {
      return valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(null, 0, "kind", "'" + text + "' is not workplace, neighbourhood or federation");
    }
  }
}
