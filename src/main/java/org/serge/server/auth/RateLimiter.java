package org.serge.server.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Counts failed attempts per key (an account's login, a client's address) in fixed windows:
 * after {@code limit} failures within {@code window}, the key is refused until the window
 * ends. Memory is bounded: at most {@code maxKeys} keys, the least recently seen forgotten
 * first. Thread-safe.
 */
public final class RateLimiter {
  private final Clock clock;
  private final int limit;
  private final Duration window;
  private final Map<String, Window> windows;

  private record Window(Instant start, int failures) {}

  public RateLimiter(Clock clock, int limit, Duration window, int maxKeys) {
    this.clock = clock;
    this.limit = limit;
    this.window = window;
    this.windows = new LinkedHashMap<>(16, 0.75f, true) {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Window> eldest) {
        return size() > maxKeys;
      }
    };
  }

  /** Seconds until the key may try again; 0 when it may now. */
  public synchronized long retryAfterSeconds(String key) {
    Window w = current(key);
    if (w == null || w.failures() < limit) {
      return 0;
    }
    return Math.max(1, Duration.between(clock.instant(), w.start().plus(window)).toSeconds() + 1);
  }

  /** Records a failed attempt. */
  public synchronized void failed(String key) {
    Window w = current(key);
    windows.put(key, w == null ? new Window(clock.instant(), 1) : new Window(w.start(), w.failures() + 1));
  }

  /** Forgets the key's failures (after a success). */
  public synchronized void succeeded(String key) {
    windows.remove(key);
  }

  /** How many keys are remembered (for tests of the bound). */
  public synchronized int keys() {
    return windows.size();
  }

  private Window current(String key) {
    Window w = windows.get(key);
    if (w != null && !clock.instant().isBefore(w.start().plus(window))) {
      windows.remove(key);
      return null;
    }
    return w;
  }
}
