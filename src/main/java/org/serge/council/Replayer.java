package org.serge.council;

import java.util.Iterator;
import java.util.stream.Stream;
import org.serge.record.Event;

/** Rebuilds the state from the log, from nothing: what {@code verify} compares with the stored tables. */
public final class Replayer {
  private Replayer() {}

  /** The polity after every event of the stream, applied in order (the stream is consumed, not closed). */
  public static Polity replay(Stream<Event> events) {
    Polity polity = new Polity();
    Iterator<Event> it = events.iterator();
    while (it.hasNext()) {
      polity.apply(it.next());
    }
    return polity;
  }
}
