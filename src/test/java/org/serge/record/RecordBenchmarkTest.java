package org.serge.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RecordBenchmarkTest {
  @Test
  void aSmallRunReportsOneRowPerThreadCount() {
    List<RecordBenchmark.Row> rows = RecordBenchmark.run(300, 1, 2);
    assertEquals(2, rows.size());
    assertEquals(2, rows.get(1).threads());
    assertTrue(rows.get(0).eventsPerSecond() > 0);
    assertEquals(300, rows.get(0).events());
  }
}
