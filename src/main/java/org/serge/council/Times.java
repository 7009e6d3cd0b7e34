package org.serge.council;

import java.time.Instant;
import org.serge.record.Event;

/** Times as the record writes them: UTC, milliseconds, {@code 2026-01-31T12:00:00.000Z}. */
public final class Times {
  private Times() {}

  public static String text(Instant time) {
    return Event.formatTime(time);
  }

  /** Parses {@link #text}'s format; throws DateTimeParseException when malformed. */
  public static Instant parse(String text) {
    return Event.parseTime(text);
  }
}
