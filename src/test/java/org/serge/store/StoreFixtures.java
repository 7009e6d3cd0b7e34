package org.serge.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.serge.council.Actor;
import org.serge.council.AdmitMember;
import org.serge.council.CouncilKind;
import org.serge.council.CreateCouncil;
import org.serge.council.FoundFederation;
import org.serge.council.Polity;
import org.serge.council.PublicRecord;
import org.serge.council.RegisterMember;
import org.serge.council.Row;
import org.serge.council.Table;
import org.serge.council.constitution.Constitution;
import org.serge.council.constitution.ConstitutionJson;
import org.serge.council.motion.CastVote;
import org.serge.council.motion.Choice;
import org.serge.council.motion.CloseMotion;
import org.serge.council.motion.OpenMotion;

/** A small federation to store, on a clock the test moves (as council.Fixtures, with public parts only). */
final class StoreFixtures {
  private StoreFixtures() {}

  static Constitution constitution() {
    try {
      return ConstitutionJson.read(new ObjectMapper().readTree("""
          {"serge-constitution":1,"name":"Test Federation",
           "decisions":{"ordinary":{"quorum":"1/2","threshold":"majority","period":"P7D"},
                        "constitutional":{"quorum":"2/3","threshold":"2/3","period":"P14D"}},
           "overridable":["decisions.ordinary"]}"""), ConstitutionJson.Locator.NONE, "test");
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Federation uk with council rail of ana, bob and cai; dan registered in no council. */
  static void federation(PublicRecord record) {
    record.submit(Actor.instance(), new FoundFederation("uk", "UK Federation", constitution()));
    for (String m : List.of("ana", "bob", "cai", "dan")) {
      record.submit(Actor.instance(), new RegisterMember(m, m.toUpperCase()));
    }
    record.submit(Actor.member("ana"), new CreateCouncil("rail", "Rail workers", CouncilKind.WORKPLACE, "uk", null));
    record.submit(Actor.member("ana"), new AdmitMember("rail", "bob"));
    record.submit(Actor.member("ana"), new AdmitMember("rail", "cai"));
  }

  /** A motion in rail, voted on by everyone (bob twice) and closed: returns its id. */
  static String adoptedMotion(PublicRecord record) {
    String motion = record.submit(Actor.member("bob"),
        OpenMotion.resolution("rail", "ordinary", "Four-day week", "We work four days.")).getFirst()
        .payload().get("motion").asText();
    record.submit(Actor.member("ana"), new CastVote(motion, Choice.YES));
    record.submit(Actor.member("bob"), new CastVote(motion, Choice.NO));
    record.submit(Actor.member("bob"), new CastVote(motion, Choice.YES));
    record.submit(Actor.member("cai"), new CastVote(motion, Choice.ABSTAIN));
    record.submit(Actor.member("cai"), new CloseMotion(motion));
    return motion;
  }

  /** Every table of a polity: table name → row key → columns. */
  static Map<String, Map<String, Map<String, Object>>> tables(Polity polity) {
    Map<String, Map<String, Map<String, Object>>> result = new LinkedHashMap<>();
    for (Table<?> table : polity.tables()) {
      Map<String, Map<String, Object>> rows = new LinkedHashMap<>();
      for (Row row : table.rows()) {
        rows.put(row.key(), row.columns());
      }
      result.put(table.name(), rows);
    }
    return result;
  }

  /** A clock tests can move forward. */
  static final class MovableClock extends Clock {
    private Instant now = Instant.parse("2026-11-25T10:00:00Z");

    synchronized void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public synchronized Instant instant() {
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
