package org.serge.server;

import java.time.Clock;
import org.serge.council.PublicRecord;
import org.serge.server.auth.AccountStore;
import org.serge.server.auth.Accounts;
import org.serge.server.auth.Sessions;

/**
 * What every handler works with: the public record (the only way anything changes), the
 * accounts and sessions, and the clock. One per server.
 *
 * @param secureCookies whether cookies carry {@code Secure} (set it behind TLS; a request
 *     that arrived over https gets it anyway)
 */
public record WebApp(PublicRecord record, Accounts accounts, Sessions sessions, Clock clock, boolean secureCookies) {
  /** At most this many visitors' sessions, and as many signed-in ones, are kept. */
  public static final int MAX_SESSIONS = 100_000;

  public static WebApp of(PublicRecord record, AccountStore store, Clock clock, boolean secureCookies) {
    return new WebApp(record, new Accounts(store, record, clock), new Sessions(clock, MAX_SESSIONS), clock,
        secureCookies);
  }
}
