package org.serge.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** wrk's report is read back: percentiles in any unit, requests, and every kind of error. */
class WrkTest {
  @Test
  void readsTheReport() {
    String report = """
        Running 3s test @ http://127.0.0.1:8080/record
          2 threads and 50 connections
          Thread Stats   Avg      Stdev     Max   +/- Stdev
            Latency   172.51ms  100.00ms   1.00s    85.00%
          Latency Distribution
             50%  850.00us
             75%    1.20ms
             90%    2.50ms
             99%    1.15s
          719 requests in 3.00s, 1.00MB read
          Socket errors: connect 0, read 2, write 0, timeout 3
          Non-2xx or 3xx responses: 4
        Requests/sec:    239.66
        """;
    WebBenchmark.Result r = Wrk.parse("/record", report);
    assertEquals(0.85, r.p50Millis(), 1e-9);
    assertEquals(1150, r.p99Millis(), 1e-9);
    assertEquals(719, r.requests());
    assertEquals(9, r.errors());
    assertEquals(719 / 3.0, r.perSecond(), 1e-9);
  }
}
