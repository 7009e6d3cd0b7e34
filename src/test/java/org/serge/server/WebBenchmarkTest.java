package org.serge.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The benchmark runs end to end on a small record: every page answered, no errors. */
class WebBenchmarkTest {
  @Test
  void aSmallRunAnswersEveryRequest() throws Exception {
    List<WebBenchmark.Result> results = WebBenchmark.run(300, 60, 2, Duration.ofMillis(200));
    assertEquals(4, results.size());
    for (WebBenchmark.Result r : results) {
      assertEquals(0, r.errors(), r.toString());
      assertTrue(r.requests() > 0 && r.p99Millis() >= r.p50Millis(), r.toString());
    }
  }
}
