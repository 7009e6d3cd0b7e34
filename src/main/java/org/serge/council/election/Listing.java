package org.serge.council.election;

import java.util.HashSet;
import java.util.Set;
import org.serge.InvalidInputException;
import org.serge.council.Actor;

/** The checks an election's candidates and a budget round's projects share: a title, and ids with names. */
final class Listing {
  private final String field;
  private final Set<String> seen = new HashSet<>();

  /** @param field what the entries are, for messages: {@code candidates}, {@code projects} */
  Listing(String field) {
    this.field = field;
  }

  /** Bad input unless the title has 1 to 200 characters; the title, stripped. */
  static String title(String title, String what) {
    if (title == null || title.isBlank() || title.length() > 200) {
      throw new InvalidInputException(null, 0, "title", what + " needs a title of 1 to 200 characters");
    }
    return title.strip();
  }

  /**
   * Bad input unless {@code id} is an id ({@link Actor#ID}) and {@code name} has 1 to 200
   * characters; whether the id is new to this listing.
   */
  boolean add(String id, String name) {
    if (id == null || !Actor.ID.matcher(id).matches()) {
      throw new InvalidInputException(null, 0, field, "'" + id + "' is not an id");
    }
    if (name == null || name.isBlank() || name.length() > 200) {
      throw new InvalidInputException(null, 0, field, id + " needs a name of 1 to 200 characters");
    }
    return seen.add(id);
  }
}
