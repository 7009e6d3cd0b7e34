package org.serge.council;

import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import org.serge.InvalidInputException;
import org.serge.council.motion.MotionClosed;
import org.serge.council.motion.MotionOpened;
import org.serge.council.motion.VoteCast;
import org.serge.record.Event;

/** Reads the typed fact of an event, by type: every event type the record knows, in one list. */
public final class Facts {
  private Facts() {}

  private static final Map<String, Function<Payload, Fact>> READERS = Map.ofEntries(
      Map.entry(RecordOpened.TYPE, RecordOpened::read),
      Map.entry(FederationFounded.TYPE, FederationFounded::read),
      Map.entry(CouncilCreated.TYPE, CouncilCreated::read),
      Map.entry(MemberRegistered.TYPE, MemberRegistered::read),
      Map.entry(MemberJoined.TYPE, MemberJoined::read),
      Map.entry(MemberLeft.TYPE, MemberLeft::read),
      Map.entry(KeyRegistered.TYPE, KeyRegistered::read),
      Map.entry(MotionOpened.TYPE, MotionOpened::read),
      Map.entry(VoteCast.TYPE, VoteCast::read),
      Map.entry(MotionClosed.TYPE, MotionClosed::read));

  /**
   * The fact an event records.
   *
   * @throws InvalidInputException when the type is unknown, the payload malformed, or the
   *     event's scope is not the fact's
   */
  public static Fact read(Event event) {
    String where = "event " + event.seq() + " (" + event.type() + ")";
    Function<Payload, Fact> reader = READERS.get(event.type());
    if (reader == null) {
      throw new InvalidInputException(where, 0, "type", "unknown event type (known: " + new TreeSet<>(READERS.keySet()) + ")");
    }
    Fact fact = reader.apply(new Payload(event.payload(), where));
    if (!fact.scope().equals(event.scope())) {
      throw new InvalidInputException(where, 0, "scope", "'" + event.scope() + "' should be '" + fact.scope() + "'");
    }
    return fact;
  }
}
