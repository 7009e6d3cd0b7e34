package org.serge.council.deliberation;

import org.serge.InvalidInputException;

/** Checks of the words people write: titles, texts and notes. */
final class Texts {
  private Texts() {}

  /** The most characters a text may have: a long plan fits, a flood does not. */
  static final int MAXIMUM = 100_000;

  /** A title: 1 to 200 characters, not blank; stripped. */
  static String title(String field, String value) {
    if (value == null || value.isBlank() || value.strip().length() > 200) {
      throw new InvalidInputException(null, 0, field, "a title has 1 to 200 characters");
    }
    return value.strip();
  }

  /** A text that must say something: not blank, at most {@link #MAXIMUM} characters; kept as written. */
  static String required(String field, String value) {
    if (value == null || value.isBlank()) {
      throw new InvalidInputException(null, 0, field, "must not be empty");
    }
    return limited(field, value);
  }

  /** A text that may be empty (null is read as ""). */
  static String optional(String field, String value) {
    return value == null ? "" : limited(field, value);
  }

  private static String limited(String field, String value) {
    if (value.length() > MAXIMUM) {
      throw new InvalidInputException(null, 0, field, "has " + value.length() + " characters; at most " + MAXIMUM);
    }
    return value;
  }
}
