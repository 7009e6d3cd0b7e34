package org.serge.server;

import java.time.Clock;
import org.serge.council.PublicRecord;
import org.serge.server.auth.AccountStore;
import org.serge.server.auth.Accounts;
import org.serge.server.auth.Sessions;

/**
 * What every handler works with: the public record (the only way anything changes), the
 * accounts and sessions, the clock, and the answers kept while they stay right. One per server.
 *
 * @param secureCookies whether cookies carry {@code Secure} (set it behind TLS; a request
 *     that arrived over https gets it anyway)
 */
public record WebApp(
    PublicRecord record, Accounts accounts, Sessions sessions, Clock clock, boolean secureCookies, AnswerCache cache) {
  /** At most this many visitors' sessions, and as many signed-in ones, are kept. */
  public static final int MAX_SESSIONS = 100_000;
  /** At most this many answers are kept ({@link AnswerCache}): pages of proposals and of events. */
  public static final int CACHED_ANSWERS = 10_000;

  public WebApp(PublicRecord record, Accounts accounts, Sessions sessions, Clock clock, boolean secureCookies) {
    this(record, accounts, sessions, clock, secureCookies, new AnswerCache(CACHED_ANSWERS));
  }

  public static WebApp of(PublicRecord record, AccountStore store, Clock clock, boolean secureCookies) {
    return new WebApp(record, new Accounts(store, record, clock), new Sessions(clock, MAX_SESSIONS), clock,
        secureCookies);
  }
}
