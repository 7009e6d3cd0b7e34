package org.serge.server.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
  @Test
  void failuresBeyondTheLimitWaitForTheWindowToEnd() {
    Instant start = Instant.parse("2026-11-25T10:00:00Z");
    RateLimiter limiter = new RateLimiter(Clock.fixed(start, ZoneOffset.UTC), 3, Duration.ofMinutes(15), 10);
    for (int i = 0; i < 3; i++) {
      assertEquals(0, limiter.retryAfterSeconds("ana"));
      limiter.failed("ana");
    }
    assertTrue(limiter.retryAfterSeconds("ana") > 14 * 60);
    assertEquals(0, limiter.retryAfterSeconds("bob"));
    RateLimiter later = new RateLimiter(Clock.fixed(start.plus(Duration.ofMinutes(16)), ZoneOffset.UTC), 3,
        Duration.ofMinutes(15), 10);
    assertEquals(0, later.retryAfterSeconds("ana"));
  }

  @Test
  void memoryIsBounded() {
    RateLimiter limiter = new RateLimiter(Clock.systemUTC(), 3, Duration.ofMinutes(15), 100);
    for (int i = 0; i < 10_000; i++) {
      limiter.failed("address-" + i);
    }
    assertEquals(100, limiter.keys());
  }

  @Test
  void sessionsAreBoundedAndVisitorsNeverPushOutTheSignedIn() {
    Sessions sessions = new Sessions(Clock.systemUTC(), 10);
    Session ana = sessions.signIn(null, "ana");
    for (int i = 0; i < 1000; i++) {
      sessions.startVisitor();
    }
    assertEquals("ana", sessions.find(ana.id()).member());
  }
}
