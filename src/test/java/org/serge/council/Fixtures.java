package org.serge.council;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.serge.council.constitution.Constitution;
import org.serge.council.constitution.ConstitutionJson;
import org.serge.record.SigningKey;

/** A small federation to test the governing core against, on a clock the test moves. */
public final class Fixtures {
  static final ObjectMapper JSON = new ObjectMapper();

  /** A constitution with majority decisions, 1/2 quorum, and a 2/3 constitutional rule. */
  static Constitution constitution() {
    return ConstitutionJson.read(json("""
        {"serge-constitution":1,"name":"Test Federation",
         "decisions":{"ordinary":{"quorum":"1/2","threshold":"majority","period":"P7D"},
                      "constitutional":{"quorum":"2/3","threshold":"2/3","period":"P14D"}},
         "overridable":["decisions.ordinary"]}"""), ConstitutionJson.Locator.NONE, "test");
  }

  public static ObjectNode json(String text) {
    try {
      return (ObjectNode) JSON.readTree(text);
    } catch (Exception e) {
      throw new IllegalArgumentException(e);
    }
  }

  public static SigningKey key(int n) {
    byte[] seed = new byte[32];
    seed[0] = (byte) n;
    return SigningKey.fromSeed(seed);
  }

  /** A clock tests can move forward. */
  public static final class MovableClock extends Clock {
    private Instant now = Instant.parse("2026-11-25T10:00:00Z");

    public void advance(Duration d) {
      now = now.plus(d);
    }

    public Instant instant() {
      return now;
    }

    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }

  /** Federation "uk" with workplace council "rail" of ana, bob and cai; dan is registered but in no council. */
  static MemoryRecord federation(MovableClock clock) {
    MemoryRecord record = MemoryRecord.open("Test instance", key(1), clock);
    record.submit(Actor.instance(), new FoundFederation("uk", "UK Federation", constitution()));
    for (String m : new String[] {"ana", "bob", "cai", "dan"}) {
      record.submit(Actor.instance(), new RegisterMember(m, m.toUpperCase()));
    }
    record.submit(Actor.member("ana"), new CreateCouncil("rail", "Rail workers", CouncilKind.WORKPLACE, "uk", null));
    record.submit(Actor.member("ana"), new AdmitMember("rail", "bob"));
    record.submit(Actor.member("ana"), new AdmitMember("rail", "cai"));
    return record;
  }

  private Fixtures() {}
}
