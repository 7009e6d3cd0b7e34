package org.serge.council;

import java.time.Instant;
import org.serge.record.Event;

/** Where a fact sits in the record: its event's seq, time and actor. */
public record Stamp(long seq, Instant time, Actor actor) {
  public static Stamp of(Event event) {
    return new Stamp(event.seq(), event.time(), new Actor(event.actor()));
  }

  /** The time as the record writes it: {@code 2026-01-31T12:00:00.000Z}. */
  public String timeText() {
    return Times.text(time);
  }
}
