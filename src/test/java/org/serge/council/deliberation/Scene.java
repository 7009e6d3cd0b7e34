package org.serge.council.deliberation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.serge.council.Action;
import org.serge.council.Actor;
import org.serge.council.AdmitMember;
import org.serge.council.CouncilKind;
import org.serge.council.CreateCouncil;
import org.serge.council.FoundFederation;
import org.serge.council.Mandate;
import org.serge.council.MemoryRecord;
import org.serge.council.Polity;
import org.serge.council.RegisterMember;
import org.serge.council.Refused;
import org.serge.council.Replayer;
import org.serge.council.Row;
import org.serge.council.Table;
import org.serge.council.Times;
import org.serge.council.constitution.ConstitutionJson;
import org.serge.council.motion.CastVote;
import org.serge.council.motion.Choice;
import org.serge.council.motion.CloseMotion;
import org.serge.record.Event;
import org.serge.record.SigningKey;

/**
 * A federation to deliberate in, on a clock the test moves: federation {@code uk}; workplace
 * council {@code rail} of ana, bob, cai, dan, eve and fay, whose moderators are elected; dock
 * council {@code docks} of gus and hal, moderated by its delegates; zed registered in no
 * council. After every submission it checks that no row of any table disappeared. Tests of other
 * packages build their own federation on {@link #Scene(String, List)}.
 */
public final class Scene {
  static final List<String> RAIL = List.of("ana", "bob", "cai", "dan", "eve", "fay");

  /** Majority decisions on a 1/2 quorum; plans need 2/3; minority reports need 3 signatures. */
  static final String CONSTITUTION = """
      {"serge-constitution":1,"name":"Test Federation",
       "decisions":{"ordinary":{"quorum":"1/2","threshold":"majority","period":"P7D"},
                    "plan":{"quorum":"1/2","threshold":"2/3","period":"P14D"},
                    "appeal":{"quorum":"1/2","threshold":"majority","period":"P3D"},
                    "election":{"quorum":"1/2","threshold":"majority","period":"P7D"},
                    "constitutional":{"quorum":"2/3","threshold":"2/3","period":"P14D"}},
       "minority-reports":{"members":3},
       "moderation":{"moderators":"elected"},
       "overridable":["moderation.moderators"]}""";

  public final MovableClock clock = new MovableClock();
  public final MemoryRecord record;
  private final Map<String, Set<String>> keysSeen = new HashMap<>();

  Scene() {
    this(CONSTITUTION, List.of("ana", "bob", "cai", "dan", "eve", "fay", "gus", "hal", "zed"));
    act("ana", new CreateCouncil("rail", "Rail workers", CouncilKind.WORKPLACE, "uk", null));
    for (String m : RAIL.subList(1, RAIL.size())) {
      act("ana", new AdmitMember("rail", m));
    }
    act("gus", new CreateCouncil("docks", "Dock workers", CouncilKind.WORKPLACE, "uk",
        json("{\"moderation\":{\"moderators\":\"delegates\"}}")));
    act("gus", new AdmitMember("docks", "hal"));
  }

  /** A top-level federation {@code uk} under {@code constitution} (JSON text), with {@code people} registered. */
  public Scene(String constitution, List<String> people) {
    record = MemoryRecord.open("Test instance", key(1), clock);
    record.submit(Actor.instance(), new FoundFederation("uk", "UK Federation",
        ConstitutionJson.read(json(constitution), ConstitutionJson.Locator.NONE, "test")));
    for (String m : people) {
      record.submit(Actor.instance(), new RegisterMember(m, m.toUpperCase()));
    }
  }

  /** Submits as a member; then checks that every row ever seen is still there. */
  public List<Event> act(String member, Action action) {
    return checked(record.submit(Actor.member(member), action));
  }

  /** Submits as the instance (closing motions when due). */
  public List<Event> instance(Action action) {
    return checked(record.submit(Actor.instance(), action));
  }

  /** The id a submission made: the {@code field} of its first event's payload. */
  public String made(String member, Action action, String field) {
    return act(member, action).getFirst().payload().get(field).asText();
  }

  /** Asserts the action is refused by the rule {@code ruleId}, changing nothing; returns the refusal. */
  public Refused refused(String ruleId, String member, Action action) {
    long before = record.size();
    Refused refused = assertThrows(Refused.class, () -> record.submit(Actor.member(member), action));
    assertEquals(ruleId, refused.rule().id(), refused.getMessage());
    assertTrue(refused.getMessage().contains(refused.rule().text()), "the refusal quotes the rule's text");
    assertEquals(before, record.size());
    return refused;
  }

  /** Votes {@code choice} for each member on a motion. */
  public void vote(String motion, Choice choice, String... members) {
    for (String m : members) {
      act(m, new CastVote(motion, choice));
    }
  }

  /** Closes a motion (by a member of its council, or by the instance once due); returns the decision's id if any. */
  public String close(String member, String motion) {
    List<Event> events = member == null ? instance(new CloseMotion(motion)) : act(member, new CloseMotion(motion));
    return events.stream().filter(e -> e.type().equals(DecisionRecorded.TYPE)).findFirst()
        .map(e -> e.payload().get("decision").asText()).orElse(null);
  }

  public <R> R read(Function<Polity, R> query) {
    return record.read(query);
  }

  public void advance(Duration duration) {
    clock.advance(duration);
  }

  /**
   * Gives a member a mandate from a council to the federation {@code uk}, outside the log:
   * mandates are granted by the constitution's procedures (another part of the core), and
   * these tests need only that one is in force. Replay therefore lacks it: compare with
   * {@link #assertReplayMatches(String...)} leaving out {@code mandates}.
   */
  void grantMandateOutsideTheLog(String member, String council) {
    record.read(p -> {
      String start = Times.text(clock.instant().minus(Duration.ofDays(1)));
      String end = Times.text(clock.instant().plus(Duration.ofDays(365)));
      p.mandates.put(new Mandate(Mandate.id("uk", council, member, 0), member, council, "uk", start, end, null, null,
          0, null));
      p.mandates.takeChanged(); // as if stored: a later refusal must not rebuild the polity without it
      return null;
    });
  }

  /** The tables replayed from the log equal the live ones, row for row (except the tables named). */
  public void assertReplayMatches(String... except) {
    Polity replayed = Replayer.replay(record.events(1));
    Set<String> skip = Set.of(except);
    record.read(live -> {
      assertEquals(live.tables().size(), replayed.tables().size());
      for (int t = 0; t < live.tables().size(); t++) {
        Table<?> table = live.tables().get(t);
        if (!skip.contains(table.name())) {
          assertEquals(rows(table), rows(replayed.tables().get(t)), table.name());
        }
      }
      return null;
    });
  }

  static List<Map<String, Object>> rows(Table<?> table) {
    return table.rows().stream().map(Row::columns).toList();
  }

  private List<Event> checked(List<Event> events) {
    record.read(p -> {
      for (Table<?> table : p.tables()) {
        Set<String> keys = new HashSet<>();
        table.rows().forEach(r -> keys.add(r.key()));
        Set<String> before = keysSeen.getOrDefault(table.name(), Set.of());
        assertTrue(keys.containsAll(before), "a row of " + table.name() + " disappeared after " + events);
        keysSeen.put(table.name(), keys);
      }
      return null;
    });
    return events;
  }

  public static ObjectNode json(String text) {
    try {
      return (ObjectNode) new ObjectMapper().readTree(text);
    } catch (Exception e) {
      throw new IllegalArgumentException(e);
    }
  }

  public static SigningKey key(int n) {
    byte[] seed = new byte[32];
    seed[0] = (byte) n;
    return SigningKey.fromSeed(seed);
  }

  /** A clock the test moves forward. */
  public static final class MovableClock extends Clock {
    private Instant now = Instant.parse("2026-11-25T10:00:00Z");

    public void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }
}
