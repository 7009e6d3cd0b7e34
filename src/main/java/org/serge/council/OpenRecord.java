package org.serge.council;

import java.time.Instant;
import java.util.List;
import org.serge.record.VerifyingKey;

/** Opens an empty record with the instance's key. Only the instance, only as event 1. */
public record OpenRecord(String name, VerifyingKey instanceKey) implements Action {
  public List<Fact> decide(Polity polity, Actor actor, Instant now) {
    if (!actor.isInstance() || polity.seq() != 0) {
      throw new Refused(Articles.INSTANCE, "the record is opened once, by the instance, as its first event");
    }
    return List.of(new RecordOpened(Names.checkName("name", name), instanceKey));
  }
}
