package org.serge.server.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Sessions in memory, bounded: at most {@code maxSessions} visitors' sessions and as many
 * signed-in ones, the least recently used dropped first (a flood of visitors never signs
 * anyone out). A session ends after {@link #IDLE} without use or {@link #LIFETIME} in all.
 * Signing in and out starts a new session (a new id and CSRF token), so an id planted before
 * signing in is worth nothing after. A restart signs everyone out. Thread-safe.
 */
public final class Sessions {
  public static final Duration IDLE = Duration.ofHours(12);
  public static final Duration LIFETIME = Duration.ofDays(7);

  private final Clock clock;
  private final Lru visitors;
  private final Lru signedIn;

  public Sessions(Clock clock, int maxSessions) {
    this.clock = clock;
    this.visitors = new Lru(maxSessions);
    this.signedIn = new Lru(maxSessions);
  }

  /** The live session with this id, touched; null when unknown or expired. */
  public synchronized Session find(String id) {
    if (id == null) {
      return null;
    }
    Lru map = visitors.containsKey(id) ? visitors : signedIn;
    Session s = map.get(id);
    if (s == null) {
      return null;
    }
    Instant now = clock.instant();
    if (now.isAfter(s.lastSeen().plus(IDLE)) || now.isAfter(s.created().plus(LIFETIME))) {
      map.remove(id);
      return null;
    }
    Session touched = new Session(s.id(), s.member(), s.csrf(), s.created(), now);
    map.put(id, touched);
    return touched;
  }

  /** A new session for a visitor not signed in. */
  public synchronized Session startVisitor() {
    return start(null);
  }

  /** Ends {@code old} (if any) and starts a signed-in session for the member. */
  public synchronized Session signIn(Session old, String member) {
    end(old);
    return start(member);
  }

  /** Ends the session. */
  public synchronized void end(Session session) {
    if (session != null) {
      visitors.remove(session.id());
      signedIn.remove(session.id());
    }
  }

  private Session start(String member) {
    Instant now = clock.instant();
    Session s = new Session(Tokens.random(), member, Tokens.random(), now, now);
    (member == null ? visitors : signedIn).put(s.id(), s);
    return s;
  }

  /** Least recently used first, bounded. */
  private static final class Lru extends LinkedHashMap<String, Session> {
    private static final long serialVersionUID = 1L;
    private final int max;

    Lru(int max) {
      super(16, 0.75f, true);
      this.max = max;
    }

    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Session> eldest) {
      return size() > max;
    }
  }
}
