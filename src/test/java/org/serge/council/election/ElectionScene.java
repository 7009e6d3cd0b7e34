package org.serge.council.election;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.serge.council.Action;
import org.serge.council.Actor;
import org.serge.council.AdmitMember;
import org.serge.council.CouncilKind;
import org.serge.council.CreateCouncil;
import org.serge.council.Fixtures;
import org.serge.council.FoundFederation;
import org.serge.council.MemoryRecord;
import org.serge.council.Polity;
import org.serge.council.RegisterMember;
import org.serge.council.Replayer;
import org.serge.council.Row;
import org.serge.council.Table;
import org.serge.council.constitution.ConstitutionJson;
import org.serge.record.Event;

/**
 * A federation to hold elections in, on a clock the test moves: federation {@code uk};
 * workplace council {@code rail} of ana, bob, cai, dan, eve and fay; zed registered in no
 * council. Elections have a 1/2 quorum and a 7-day period; budget rounds (plan decisions)
 * a 1/2 quorum and 14 days. The scene plays the adapter: it draws ballot ids, receipt
 * secrets and shuffle seeds from a seeded random, and keeps each voter's secret.
 */
final class ElectionScene {
  static final List<String> RAIL = List.of("ana", "bob", "cai", "dan", "eve", "fay");
  static final String CONSTITUTION = """
      {"serge-constitution":1,"name":"Test Federation",
       "decisions":{"ordinary":{"quorum":"1/2","threshold":"majority","period":"P7D"},
                    "plan":{"quorum":"1/2","threshold":"2/3","period":"P14D"},
                    "election":{"quorum":"1/2","threshold":"majority","period":"P7D"},
                    "constitutional":{"quorum":"2/3","threshold":"2/3","period":"P14D"}}}""";

  final Fixtures.MovableClock clock = new Fixtures.MovableClock();
  final MemoryRecord record;
  final Random random;
  /** Receipt secrets by election and voter: what each voter keeps, and nobody else. */
  final Map<String, String> secrets = new HashMap<>();
  /** Ballot ids drawn, in casting order (the test's own knowledge; never published). */
  final List<String> ballotIds = new ArrayList<>();

  ElectionScene() {
    this(7);
  }

  ElectionScene(long seed) {
    random = new Random(seed);
    record = MemoryRecord.open("Test instance", Fixtures.key(1), clock);
    record.submit(Actor.instance(), new FoundFederation("uk", "UK Federation",
        ConstitutionJson.read(Fixtures.json(CONSTITUTION), ConstitutionJson.Locator.NONE, "test")));
    for (String m : List.of("ana", "bob", "cai", "dan", "eve", "fay", "zed")) {
      record.submit(Actor.instance(), new RegisterMember(m, m.toUpperCase()));
    }
    act("ana", new CreateCouncil("rail", "Rail workers", CouncilKind.WORKPLACE, "uk", null));
    for (String m : RAIL.subList(1, RAIL.size())) {
      act("ana", new AdmitMember("rail", m));
    }
  }

  /** Registers these people and admits them to a new council {@code id} founded by the first. */
  void council(String id, List<String> members) {
    for (String m : members) {
      record.submit(Actor.instance(), new RegisterMember(m, m.toUpperCase()));
    }
    act(members.get(0), new CreateCouncil(id, id, CouncilKind.WORKPLACE, "uk", null));
    for (String m : members.subList(1, members.size())) {
      act(members.get(0), new AdmitMember(id, m));
    }
  }

  List<Event> act(String member, Action action) {
    return record.submit(member.equals("instance") ? Actor.instance() : Actor.member(member), action);
  }

  /** Opens an election in {@code council}; returns its id. */
  String open(String member, String council, String method, long seats, List<String> candidates) {
    List<OpenElection.Nominee> nominees = candidates.stream().map(c -> new OpenElection.Nominee(c, c.toUpperCase()))
        .toList();
    act(member, new OpenElection(council, "Election", seats, method, "general", nominees));
    return read(p -> p.elections.rows().stream().reduce((a, b) -> b).orElseThrow().id());
  }

  /** Casts a ballot as the adapter would: a fresh random ballot id and receipt secret. */
  void cast(String member, String election, List<String> marks) {
    String ballotId = draw(16);
    String secret = draw(32);
    act(member, new CastBallot(election, marks, ballotId, Receipts.hash(secret)));
    ballotIds.add(ballotId);
    secrets.put(election + "/" + member, secret);
  }

  /** Closes an election with a seed drawn at random. */
  List<Event> close(String member, String election) {
    return act(member, new CloseElection(election, random.nextLong()));
  }

  String draw(int bytes) {
    byte[] b = new byte[bytes];
    random.nextBytes(b);
    return HexFormat.of().formatHex(b);
  }

  <R> R read(Function<Polity, R> query) {
    return record.read(query);
  }

  List<Event> events() {
    return record.events(1).toList();
  }

  /** Replaying the log from nothing gives the same tables, row for row. */
  void assertReplayGivesTheSameTables() {
    Polity replayed = Replayer.replay(record.events(1));
    record.read(live -> {
      for (int i = 0; i < live.tables().size(); i++) {
        assertEquals(rows(live.tables().get(i)), rows(replayed.tables().get(i)), live.tables().get(i).name());
      }
      return null;
    });
  }

  private static List<Map<String, Object>> rows(Table<?> table) {
    return table.rows().stream().map(Row::columns).toList();
  }
}
