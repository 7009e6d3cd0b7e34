package org.serge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.serge.council.Actor;
import org.serge.council.RegisterMember;
import org.serge.store.Database;

/** {@code serge record show|verify|export|import} on an H2 store: output, and exit codes 0, 1 and 2. */
class RecordCommandsTest {
  @TempDir Path dir;
  String db;
  String key;

  @BeforeEach
  void aSmallRecord() {
    Database database = Database.h2(dir.resolve("data"));
    db = database.url();
    key = dir.resolve("instance.key").toString();
    RecordOptions options = new RecordOptions();
    options.db = db;
    options.key = Path.of(key);
    try (var record = options.open("Test", Clock.systemUTC())) {
      for (String m : List.of("ana", "bob", "cai")) {
        record.submit(Actor.instance(), new RegisterMember(m, m.toUpperCase()));
      }
    }
  }

  @Test
  void showListsEventsAndPagesThem() throws Exception {
    CliRun all = CliRun.of("record", "show", "--db", db);
    assertEquals(0, all.exitCode(), all.err());
    assertEquals(4, all.out().lines().count(), all.out());
    assertTrue(all.out().lines().toList().get(1).contains("member.registered"), all.out());
    CliRun page = CliRun.of("record", "show", "--db", db, "--from", "2", "--limit", "2", "--json");
    JsonNode events = Json.MAPPER.readTree(page.out());
    assertEquals(2, events.size());
    assertEquals(2, events.get(0).get("seq").asLong());
    assertEquals("bob", events.get(1).get("payload").get("member").asText());
    assertTrue(CliRun.of("record", "show", "--db", db, "--limit", "1").out().contains("(--from 2)"));
  }

  @Test
  void verifyExitsOneNamingWhatDoesNotCheckOut() throws Exception {
    CliRun ok = CliRun.of("record", "verify", "--db", db);
    assertEquals(0, ok.exitCode(), ok.out() + ok.err());
    assertTrue(ok.out().startsWith("ok: 4 events"), ok.out());
    try (Connection c = Database.of(db).connect(); Statement s = c.createStatement()) {
      s.execute("UPDATE members SET name = 'Mallory' WHERE id = 'bob'");
    }
    CliRun failed = CliRun.of("record", "verify", "--db", db, "--json");
    assertEquals(1, failed.exitCode());
    JsonNode report = Json.MAPPER.readTree(failed.out());
    assertEquals("members", report.get("table").asText());
    assertEquals("bob", report.get("key").asText());
    assertTrue(report.get("problem").asText().contains("'Mallory' in the store"), failed.out());
  }

  @Test
  void anExportImportsIntoAnEmptyStoreAndABadFileExitsTwoNamingTheEvent() throws Exception {
    CliRun export = CliRun.of("record", "export", "--db", db);
    assertEquals(0, export.exitCode(), export.err());
    Path file = dir.resolve("log.jsonl");
    Files.writeString(file, export.out());
    String target = Database.h2(dir.resolve("copy")).url();
    CliRun imported = CliRun.of("record", "import", file.toString(), "--db", target);
    assertEquals(0, imported.exitCode(), imported.err());
    assertTrue(imported.out().startsWith("imported 4 events"), imported.out());
    assertEquals(export.out(), CliRun.of("record", "export", "--db", target).out());
    assertEquals(0, CliRun.of("record", "verify", "--db", target).exitCode());
    assertEquals(1, CliRun.of("record", "import", file.toString(), "--db", target).exitCode(), "not into a full store");

    List<String> lines = new ArrayList<>(export.out().lines().toList());
    lines.set(2, lines.get(2).replace("\"BOB\"", "\"ROB\""));
    Files.write(file, lines);
    String empty = Database.h2(dir.resolve("empty")).url();
    CliRun bad = CliRun.of("record", "import", file.toString(), "--db", empty);
    assertEquals(2, bad.exitCode());
    assertTrue(bad.err().contains(":3: event 3: hash does not match its contents"), bad.err());
    assertTrue(CliRun.of("record", "show", "--db", empty).out().startsWith("no events"), "nothing was imported");
  }
}
