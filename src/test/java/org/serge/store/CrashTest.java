package org.serge.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety: a child JVM appends to an H2 file store, printing each seq once committed,
 * and is killed (SIGKILL) at a random moment, again and again. After every kill the store
 * verifies from nothing and holds every event the child reported. {@code scripts/crash-soak}
 * runs many more rounds ({@code -Dserge.crash.rounds=N}).
 */
class CrashTest {
  private static final int ROUNDS = Integer.getInteger("serge.crash.rounds", 50);

  @TempDir Path dir;

  /**
   * The default store's settings, but with the operating system's file lock instead of H2's
   * lock file (which AUTO_SERVER needs): after a kill, a lock file makes the next process wait
   * about five seconds for it to go stale, which would make this test take minutes. The
   * durability under test (WRITE_DELAY=0) is the same; {@link #theDefaultStoreReopensAfterAKill}
   * covers the default settings.
   */
  @Test
  void killingAWriterAtAnyMomentLosesNothingItReportedAndLeavesAValidLog() throws Exception {
    String url = Database.h2(dir).url().replace("AUTO_SERVER=TRUE", "FILE_LOCK=FS");
    killAndCheck(Database.of(url), ROUNDS);
  }

  @Test
  void theDefaultStoreReopensAfterAKill() throws Exception {
    killAndCheck(Database.h2(dir), 2);
  }

  private void killAndCheck(Database database, int rounds) throws Exception {
    KeyFile key = new KeyFile(dir.resolve("instance.key"));
    Random random = new Random(Long.getLong("serge.crash.seed", System.nanoTime()));
    long reportedMax = 0;
    for (int round = 0; round < rounds; round++) {
      Process child = ChildProcess.start(database, key, "c" + round, 1_000_000);
      BufferedReader out = ChildProcess.reader(child);
      assertEquals("open", out.readLine(), "round " + round + ": the child opened the store");
      List<Long> reported = new ArrayList<>();
      int before = 1 + random.nextInt(6);
      for (int i = 0; i < before; i++) {
        reported.add(Long.parseLong(out.readLine()));
      }
      Thread.sleep(random.nextInt(4)); // kill mid-transaction as often as between them
      child.toHandle().destroyForcibly(); // SIGKILL; unlike Process.destroyForcibly it leaves the output readable
      assertTrue(child.waitFor(30, TimeUnit.SECONDS), "round " + round + ": the child died");
      reported.addAll(rest(out));
      for (long seq : reported) {
        assertTrue(seq > reportedMax, "round " + round + ": seqs grow across rounds: " + seq + " after " + reportedMax);
        reportedMax = seq;
      }
      StoreReport report = StoreVerifier.verify(database, 2);
      assertTrue(report.ok(), "round " + round + ": " + report.message());
      try (Connection c = database.connect()) {
        long head = Head.read(c).seq();
        assertTrue(head >= reportedMax, "round " + round + ": the child reported " + reportedMax + " but the log ends at " + head);
        reportedMax = head; // an event committed just before the kill may not have been printed
      }
    }
  }

  /** Whatever the child printed before it died. */
  private static List<Long> rest(BufferedReader out) throws IOException {
    List<Long> seqs = new ArrayList<>();
    try {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        if (!line.isBlank()) {
          seqs.add(Long.parseLong(line.strip()));
        }
      }
    } catch (NumberFormatException e) {
      // The last line was cut by the kill: that seq was being printed, not yet reported.
    }
    return seqs;
  }

}
