package org.serge.cli.council;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.serge.InvalidInputException;

/** Small helpers shared by the governing commands. */
final class Common {
  private Common() {}

  /** The text given inline, or read from a file ({@code @FILE}), so long texts need no quoting. */
  static String text(String value, String option) {
    if (value == null || !value.startsWith("@")) {
      return value;
    }
    Path file = Path.of(value.substring(1));
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new InvalidInputException(file.toString(), 0, option, "cannot read: " + e.getMessage());
    }
  }
}
