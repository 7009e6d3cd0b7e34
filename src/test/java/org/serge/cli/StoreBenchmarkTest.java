package org.serge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serge bench record} at a tiny size: every measure is printed and the verified log checks out. */
class StoreBenchmarkTest {
  @TempDir Path dir;

  @Test
  void theBenchmarkRunsAtATinySize() {
    CliRun run = CliRun.of("bench", "record", "--appends", "6", "--verify-events", "120", "--dir", dir.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("memory     generate + sign the log"), run.out());
    for (String measure : new String[] {"append, 1 writer", "append, 4 writers",
        "import (verifies first)", "verify (ok)", "bytes on disk per event"}) {
      assertTrue(run.out().contains("h2         " + measure), measure + " in\n" + run.out());
    }
  }
}
