package org.serge.council;

import org.serge.InvalidInputException;

/** Checks of the ids people choose for councils and members. */
final class Names {
  private Names() {}

  /** Bad input unless {@code id} is a well-formed id. */
  static String check(String field, String id) {
    if (id == null || !Actor.ID.matcher(id).matches()) {
      throw new InvalidInputException(null, 0, field, "'" + id
          + "' is not an id: use 1 to 64 lower-case letters, digits, '.', '-' or '_', starting with a letter or digit");
    }
    return id;
  }

  /** Bad input unless {@code name} is a non-blank display name of reasonable length. */
  static String checkName(String field, String name) {
    if (name == null || name.isBlank() || name.length() > 200) {
      throw new InvalidInputException(null, 0, field, "a name has 1 to 200 characters");
    }
    return name.strip();
  }

  /** Refused when the id was given before ({@link Articles#NAMES}). */
  static void unused(Table<?> table, String what, String id) {
    if (table.contains(id)) {
      throw new Refused(Articles.NAMES, "there is already a " + what + " '" + id + "'");
    }
  }
}
