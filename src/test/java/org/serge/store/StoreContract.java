package org.serge.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.serge.council.Actor;
import org.serge.council.AdmitMember;
import org.serge.council.Fact;
import org.serge.council.MemberRegistered;
import org.serge.council.Polity;
import org.serge.council.Refused;
import org.serge.council.Replayer;
import org.serge.council.RegisterMember;
import org.serge.council.SealedBallot;
import org.serge.council.Table;
import org.serge.council.deliberation.SceneLog;
import org.serge.council.motion.OpenMotion;
import org.serge.record.Event;
import org.serge.record.EventJson;

/**
 * What every store must do, run against H2 and PostgreSQL by its subclasses: submit in one
 * transaction, write nothing on refusal, reopen to the same tables, never fork the chain with
 * several writers, keep sealed ballots, and hold the instance key in an owner-only file.
 */
abstract class StoreContract {
  @TempDir Path dir;
  final StoreFixtures.MovableClock clock = new StoreFixtures.MovableClock();
  Database database;

  /** A new, empty database for one test. */
  abstract Database newDatabase();

  private Connection keepOpen;

  @BeforeEach
  void freshDatabase() throws SQLException {
    database = newDatabase();
    keepOpen = database.connect(); // an embedded database closes with its last connection: don't reopen it all the time
  }

  @AfterEach
  void closeDatabase() throws SQLException {
    keepOpen.close();
  }

  KeyFile keyFile() {
    return new KeyFile(dir.resolve("instance.key"));
  }

  JdbcRecord open() {
    return JdbcRecord.open(database, keyFile(), "Test instance", clock);
  }

  @Test
  void submissionsAreStoredAndAReopenedRecordHasTheSameTables() {
    Map<String, Map<String, Map<String, Object>>> before;
    try (JdbcRecord record = open()) {
      StoreFixtures.federation(record);
      String motion = StoreFixtures.adoptedMotion(record);
      assertEquals("adopted", record.read(p -> p.motion(motion).status()));
      before = record.read(StoreFixtures::tables);
      assertEquals(before, stored(), "the stored tables are the polity's");
    }
    try (JdbcRecord reopened = open()) {
      assertEquals(before, reopened.read(StoreFixtures::tables));
      assertEquals(15, reopened.size());
    }
    assertTrue(StoreVerifier.verify(database).ok(), StoreVerifier.verify(database).message());
  }

  @Test
  void aRefusedActionWritesNothing() {
    try (JdbcRecord record = open()) {
      StoreFixtures.federation(record);
      String log = export();
      var tables = stored();
      Refused refused = assertThrows(Refused.class,
          () -> record.submit(Actor.member("dan"), OpenMotion.resolution("rail", "ordinary", "Take over", "")));
      assertEquals("articles.members-act", refused.rule().id());
      assertThrows(RuntimeException.class, () -> record.submit(Actor.member("ana"), new AdmitMember("rail", "nobody")));
      assertEquals(log, export());
      assertEquals(tables, stored());
      assertEquals(9, record.size());
    }
  }

  @Test
  void aSecondRecordOnTheSameDatabaseCatchesUpBeforeDeciding() {
    try (JdbcRecord first = open(); JdbcRecord second = open()) {
      StoreFixtures.federation(second);
      first.submit(Actor.instance(), new RegisterMember("eve", "Eve")); // first catches up with second's events
      second.submit(Actor.member("ana"), new AdmitMember("rail", "eve")); // eve exists only through first's event
      assertEquals(second.read(StoreFixtures::tables), first.read(StoreFixtures::tables));
      assertEquals(11, first.size());
    }
    assertTrue(StoreVerifier.verify(database).ok());
  }

  @Test
  void twoWritersInThreadsNeverForkTheChain() throws Exception {
    int each = 15;
    try (JdbcRecord a = open(); JdbcRecord b = open()) {
      ExecutorService pool = Executors.newFixedThreadPool(4);
      List<Future<?>> work = new ArrayList<>();
      for (JdbcRecord record : List.of(a, b, a, b)) {
        String prefix = "w" + work.size();
        work.add(pool.submit(() -> {
          for (int i = 0; i < each; i++) {
            record.submit(Actor.instance(), new RegisterMember(prefix + "-" + i, "Writer"));
          }
        }));
      }
      for (Future<?> f : work) {
        f.get();
      }
      pool.shutdown();
      assertEquals(1 + 4 * each, a.size());
      assertEquals(a.read(StoreFixtures::tables), b.read(StoreFixtures::tables));
    }
    assertContiguous(1 + 4 * each);
  }

  @Test
  void twoProcessesNeverForkTheChain() throws Exception {
    try (JdbcRecord record = open()) {
      Process child = ChildProcess.start(database, keyFile(), "child", 20);
      for (int i = 0; i < 20; i++) {
        record.submit(Actor.instance(), new RegisterMember("parent-" + i, "Parent"));
      }
      List<Long> reported = ChildProcess.seqs(child);
      assertEquals(0, child.waitFor(), "the child appends without failing");
      assertEquals(20, reported.size());
      assertEquals(41, record.size());
    }
    assertContiguous(41);
  }

  @Test
  void sealedBallotsAreKeptApartAndEmptiedWhenPublished() {
    try (JdbcRecord record = open()) {
      record.submit(Actor.instance(), (p, a, now) -> List.<Fact>of(
          new SealedBallot(UUID.randomUUID().toString(), "e-1", "[\"x\"]", "0".repeat(64)),
          new SealedBallot(UUID.randomUUID().toString(), "e-2", "[\"y\"]", "1".repeat(64)),
          new MemberRegistered("voter", "Voter")));
    }
    try (JdbcRecord reopened = open()) {
      assertEquals(1, (int) reopened.read(p -> p.ballotBox.ballots("e-1").size()));
      assertEquals(List.of("[\"y\"]"), reopened.read(p -> p.ballotBox.ballots("e-2").stream().map(SealedBallot::ballot).toList()));
      // Publishing empties an election's box; decide() stands in here for the fact that will do it.
      reopened.submit(Actor.instance(), (p, a, now) -> {
        p.ballotBox.empty("e-1");
        return List.<Fact>of(new MemberRegistered("other", "Other"));
      });
    }
    try (JdbcRecord again = open()) {
      assertEquals(0, (int) again.read(p -> p.ballotBox.ballots("e-1").size()));
      assertEquals(1, (int) again.read(p -> p.ballotBox.size()));
    }
  }

  @Test
  void theInstanceKeyIsAnOwnerOnlyFileThatSignsEventOne() throws Exception {
    try (JdbcRecord record = open()) {
      Event opened = record.events(1).findFirst().orElseThrow();
      assertEquals("record.opened", opened.type());
      assertEquals(keyFile().loadIfPresent().id(), opened.signer());
      assertEquals(keyFile().loadIfPresent().verifyingKey().toText(), opened.payload().get("instanceKey").asText());
    }
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile().path())));
    KeyFile otherKey = new KeyFile(dir.resolve("other.key"));
    otherKey.loadOrCreate();
    try (JdbcRecord other = JdbcRecord.open(database, otherKey, "x", clock)) {
      StoreException e = assertThrows(StoreException.class,
          () -> other.submit(Actor.instance(), new RegisterMember("ana", "Ana")));
      assertTrue(e.getMessage().contains("but the record was opened with key"), e.getMessage());
      assertEquals(1, other.size());
    }
  }

  @Test
  void anExportImportsIntoAnEmptyStoreAsTheSameRecord() throws Exception {
    try (JdbcRecord record = open()) {
      StoreFixtures.federation(record);
      StoreFixtures.adoptedMotion(record);
    }
    Path file = dir.resolve("log.jsonl");
    Files.writeString(file, export());
    Database target = newDatabase();
    assertEquals(15, RecordTransfer.importFile(target, file, 2));
    assertTrue(StoreVerifier.verify(target).ok(), StoreVerifier.verify(target).message());
    Database source = database;
    var tables = stored();
    database = target;
    assertEquals(tables, stored());
    assertEquals(Files.readString(file), export());
    StoreException twice = assertThrows(StoreException.class, () -> RecordTransfer.importFile(target, file, 1));
    assertTrue(twice.getMessage().contains("already holds 15 events"), twice.getMessage());
    database = source;
  }

  @Test
  void aBadFileIsRefusedNamingTheEventAndLeavesTheStoreUntouched() throws Exception {
    try (JdbcRecord record = open()) {
      StoreFixtures.federation(record);
    }
    List<String> lines = new ArrayList<>(List.of(export().split("\n")));
    Database target = newDatabase();
    Path file = dir.resolve("bad.jsonl");
    // Event 6's name changed: its hash no longer matches.
    lines.set(5, lines.get(5).replace("\"name\":\"DAN\"", "\"name\":\"DANIEL\""));
    Files.write(file, lines);
    var e = assertThrows(org.serge.InvalidInputException.class, () -> RecordTransfer.importFile(target, file, 2));
    assertTrue(e.getMessage().startsWith(file + ":6: event 6: hash does not match"), e.getMessage());
    try (Connection c = target.connect()) {
      assertEquals(0, Head.read(c).seq());
    }
    // A line that is not an event at all.
    lines = new ArrayList<>(List.of(export().split("\n")));
    lines.set(2, "{\"seq\":3}");
    Files.write(file, lines);
    e = assertThrows(org.serge.InvalidInputException.class, () -> RecordTransfer.importFile(target, file, 2));
    assertTrue(e.getMessage().startsWith(file + ":3: field"), e.getMessage());
    try (Connection c = target.connect()) {
      assertEquals(0, Head.read(c).seq());
      assertEquals(0, count(c, "events"));
      assertEquals(0, count(c, "members"));
    }
  }

  @Test
  void verifyNamesTheEventWhoseStoredBytesWereChangedDeletedOrSwapped() throws Exception {
    try (JdbcRecord record = open()) {
      StoreFixtures.federation(record);
      StoreFixtures.adoptedMotion(record);
    }
    assertTrue(StoreVerifier.verify(database).ok());
    Tampering tampering = new Tampering(database, 15);
    Random random = new Random(Long.getLong("serge.tamper.seed", System.nanoTime()));
    for (int i = 0; i < 25; i++) {
      tampering.changeOneCharacter(random);
    }
    tampering.deleteAnEvent(7);
    tampering.swap(4, 9);
    assertTrue(StoreVerifier.verify(database).ok(), "every change was undone");
  }

  @Test
  void verifyNamesTheTableAndRowEditedBehindTheLogsBack() throws Exception {
    try (JdbcRecord record = open()) {
      StoreFixtures.federation(record);
      StoreFixtures.adoptedMotion(record);
    }
    Tampering tampering = new Tampering(database, 15);
    tampering.editTable("members", "bob", "UPDATE members SET name = 'Robert' WHERE id = 'bob'",
        "UPDATE members SET name = 'BOB' WHERE id = 'bob'");
    tampering.editTable("votes", "m-10/bob", "UPDATE votes SET choice = 'no' WHERE id = 'm-10/bob'",
        "UPDATE votes SET choice = 'yes' WHERE id = 'm-10/bob'");
    tampering.editTable("motions", "m-10", "UPDATE motions SET yes = NULL WHERE id = 'm-10'",
        "UPDATE motions SET yes = 2 WHERE id = 'm-10'");
    tampering.editTable("councils", "rail",
        "CREATE TABLE councils_backup AS SELECT * FROM councils WHERE id = 'rail'; DELETE FROM councils WHERE id = 'rail'",
        "INSERT INTO councils SELECT * FROM councils_backup; DROP TABLE councils_backup");
    tampering.editTable("keys", "zz", "INSERT INTO keys (id, member, public_key, seq) VALUES ('zz', 'dan', 'x', 3)",
        "DELETE FROM keys WHERE id = 'zz'");
  }

  @Test
  void everyTableOfADeliberationKeepsItsValuesThroughTheDatabase() throws Exception {
    List<Event> events = SceneLog.everything();
    Path file = dir.resolve("scene.jsonl");
    Files.write(file, events.stream().map(EventJson::toLine).toList());
    assertEquals(events.size(), RecordTransfer.importFile(database, file, 2));
    var replayed = StoreFixtures.tables(Replayer.replay(events.stream()));
    assertEquals(replayed, stored());
    assertTrue(StoreVerifier.verify(database).ok(), StoreVerifier.verify(database).message());
    try (JdbcRecord record = open()) { // not this record's key: it reads, but cannot act as the instance
      assertEquals(replayed, record.read(StoreFixtures::tables));
      assertThrows(StoreException.class, () -> record.submit(Actor.instance(), new RegisterMember("x", "X")));
    }
  }

  // ---- helpers

  /** The log as JSON lines. */
  String export() {
    StringWriter out = new StringWriter();
    RecordTransfer.export(database, new PrintWriter(out));
    return out.toString();
  }

  /** Every stored query table: name → key → columns. */
  Map<String, Map<String, Map<String, Object>>> stored() {
    Map<String, Map<String, Map<String, Object>>> result = new LinkedHashMap<>();
    try (Connection c = database.connect()) {
      for (Table<?> table : new Polity().tables()) {
        Map<String, Map<String, Object>> rows = new LinkedHashMap<>();
        for (Map<String, Object> row : TableRows.readAll(c, table)) {
          rows.put((String) row.get(table.columns().getFirst()), row);
        }
        result.put(table.name(), rows);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return result; // maps compare regardless of order, so the database's collation does not matter
  }

  void assertContiguous(long events) {
    String[] lines = export().split("\n");
    assertEquals(events, lines.length);
    for (int i = 0; i < lines.length; i++) {
      assertEquals(i + 1, EventJson.fromLine("export", i + 1, lines[i]).seq());
    }
    StoreReport report = StoreVerifier.verify(database);
    assertTrue(report.ok(), report.message());
  }

  static long count(Connection c, String table) throws SQLException {
    try (var s = c.createStatement(); var r = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
      r.next();
      return r.getLong(1);
    }
  }
}
