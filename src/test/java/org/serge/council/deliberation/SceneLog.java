package org.serge.council.deliberation;

import java.util.List;
import org.serge.record.Event;

/** The log of {@link DeliberationRecordTest#everything()}, for tests elsewhere (the stores) that need every table filled. */
public final class SceneLog {
  private SceneLog() {}

  /** Every event of a scene that fills every deliberation table. */
  public static List<Event> everything() {
    try (var events = DeliberationRecordTest.everything().record.events(1)) {
      return events.toList();
    }
  }
}
