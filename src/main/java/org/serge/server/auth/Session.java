package org.serge.server.auth;

import java.time.Instant;

/**
 * A browser's session: its random id (the cookie's value), the member signed in (null for a
 * visitor not signed in) and the CSRF token every state-changing request of this browser
 * must carry. Immutable; {@link Sessions} replaces it when it is touched.
 */
public record Session(String id, String member, String csrf, Instant created, Instant lastSeen) {
  public boolean signedIn() {
    return member != null;
  }
}
