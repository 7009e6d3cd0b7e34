package org.serge.council;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.serge.InvalidInputException;
import org.serge.council.motion.CastVote;
import org.serge.council.motion.Choice;
import org.serge.council.motion.CloseMotion;
import org.serge.council.motion.Motion;
import org.serge.council.motion.OpenMotion;
import org.serge.record.Event;
import org.serge.record.Verifier;

class PublicRecordTest {
  private final Fixtures.MovableClock clock = new Fixtures.MovableClock();

  @Test
  void aMotionIsAdoptedByMajorityAndTheTablesReplayExactly() {
    MemoryRecord record = Fixtures.federation(clock);
    String motion = record.submit(Actor.member("bob"),
        OpenMotion.resolution("rail", "ordinary", "Four-day week", "We work four days.")).getFirst()
        .payload().get("motion").asText();
    record.submit(Actor.member("ana"), new CastVote(motion, Choice.YES));
    record.submit(Actor.member("bob"), new CastVote(motion, Choice.NO));
    record.submit(Actor.member("bob"), new CastVote(motion, Choice.YES)); // bob changes his mind
    record.submit(Actor.member("cai"), new CastVote(motion, Choice.NO));
    record.submit(Actor.member("cai"), new CloseMotion(motion)); // everyone voted: may close early
    Motion m = record.read(p -> p.motion(motion));
    assertEquals("adopted", m.status());
    assertEquals(2L, m.yes());
    assertEquals(1L, m.no());
    assertEquals(3L, m.entitled());

    Polity replayed = Replayer.replay(record.events(1));
    record.read(p -> {
      for (int t = 0; t < p.tables().size(); t++) {
        assertEquals(rows(p.tables().get(t)), rows(replayed.tables().get(t)), p.tables().get(t).name());
      }
      return null;
    });
    Map<String, org.serge.record.VerifyingKey> keys = record.read(p -> p.keys.rows().stream().collect(
        Collectors.toMap(RegisteredKey::id, k -> org.serge.record.VerifyingKey.fromText(k.publicKey()))));
    assertTrue(new Verifier(keys::get).verify(record.events(1).iterator()).ok());
  }

  @Test
  void refusalsNameTheRuleAndChangeNothing() {
    MemoryRecord record = Fixtures.federation(clock);
    long before = record.size();
    Refused notMember = assertThrows(Refused.class, () -> record.submit(Actor.member("dan"),
        OpenMotion.resolution("rail", "ordinary", "Take over", "")));
    assertEquals("articles.members-act", notMember.rule().id());
    assertTrue(notMember.getMessage().contains("dan cannot open a motion in rail: not a member"), notMember.getMessage());

    String motion = record.submit(Actor.member("ana"), OpenMotion.resolution("rail", "ordinary", "Canteen", ""))
        .getFirst().payload().get("motion").asText();
    Refused early = assertThrows(Refused.class, () -> record.submit(Actor.member("ana"), new CloseMotion(motion)));
    assertEquals("articles.closing", early.rule().id());
    assertThrows(Refused.class, () -> record.submit(Actor.member("dan"), new CastVote(motion, Choice.YES)));
    assertThrows(Refused.class, () -> record.submit(Actor.instance(), new CastVote(motion, Choice.YES)));
    assertThrows(InvalidInputException.class, () -> record.submit(Actor.member("ana"), new CastVote("m-999", Choice.NO)));
    assertEquals(before + 1, record.size());
  }

  @Test
  void aMotionWithoutQuorumLapsesWhenItsPeriodEnds() {
    MemoryRecord record = Fixtures.federation(clock);
    String motion = record.submit(Actor.member("ana"), OpenMotion.resolution("rail", "ordinary", "Canteen", ""))
        .getFirst().payload().get("motion").asText();
    record.submit(Actor.member("ana"), new CastVote(motion, Choice.YES));
    clock.advance(Duration.ofDays(7));
    assertThrows(Refused.class, () -> record.submit(Actor.member("bob"), new CastVote(motion, Choice.YES)));
    List<Event> closed = record.submit(Actor.instance(), new CloseMotion(motion));
    assertEquals("lapsed", closed.getFirst().payload().get("outcome").asText());
    assertEquals("decisions.ordinary", closed.getFirst().payload().get("rule").asText());
  }

  @Test
  void aCouncilCannotSetRulesTheFederationKeeps() {
    MemoryRecord record = Fixtures.federation(clock);
    Refused refused = assertThrows(Refused.class, () -> record.submit(Actor.member("dan"), new CreateCouncil(
        "docks", "Dock workers", CouncilKind.WORKPLACE, "uk",
        Fixtures.json("{\"decisions\":{\"constitutional\":{\"quorum\":\"1/10\"}}}"))));
    assertEquals("overridable", refused.rule().id());
    record.submit(Actor.member("dan"), new CreateCouncil("docks", "Dock workers", CouncilKind.WORKPLACE, "uk",
        Fixtures.json("{\"decisions\":{\"ordinary\":{\"quorum\":\"1/3\"}}}")));
    assertEquals("1/3", record.read(p -> p.constitution("docks").decision("ordinary").quorum().toString()));
    assertEquals("1/2", record.read(p -> p.constitution("rail").decision("ordinary").quorum().toString()));
  }

  @Test
  void membersSignWithTheirOwnRegisteredKeyOnly() {
    MemoryRecord record = Fixtures.federation(clock);
    record.submit(Actor.member("ana"), new RegisterKey(Fixtures.key(2).verifyingKey()));
    List<Event> signed = record.submit(Actor.member("ana"),
        OpenMotion.resolution("rail", "ordinary", "Own key", ""), Fixtures.key(2));
    assertEquals(Fixtures.key(2).id(), signed.getFirst().signer());
    Refused other = assertThrows(Refused.class, () -> record.submit(Actor.member("bob"),
        OpenMotion.resolution("rail", "ordinary", "Not mine", ""), Fixtures.key(2)));
    assertEquals("articles.own-key", other.rule().id());
  }

  private static List<Map<String, Object>> rows(Table<?> table) {
    return table.rows().stream().map(Row::columns).toList();
  }
}
