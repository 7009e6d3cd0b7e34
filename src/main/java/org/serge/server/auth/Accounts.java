package org.serge.server.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.serge.InvalidInputException;
import org.serge.council.Actor;
import org.serge.council.AdmitMember;
import org.serge.council.Electorate;
import org.serge.council.PublicRecord;
import org.serge.council.RegisterMember;
import org.serge.council.Times;

/**
 * Accounts of members: signing in (Argon2id, rate limited per login and per client address),
 * invitations to join a council, and joining with one. Rights are never decided here: an
 * invitation is made only by one who acts in the council ({@link Electorate}, the core's one
 * place for that), and accepting it submits the core's {@link AdmitMember} as the member who
 * invited, so the constitution checks the admission as it checks the CLI's. Thread-safe.
 */
public final class Accounts {
  /** Failures allowed per login, and per client address, in {@link #WINDOW}. */
  public static final int LOGIN_FAILURES = 5;
  public static final int ADDRESS_FAILURES = 20;
  public static final Duration WINDOW = Duration.ofMinutes(15);
  public static final Duration INVITATION_VALIDITY = Duration.ofDays(14);

  private final AccountStore store;
  private final PublicRecord record;
  private final Clock clock;
  private final RateLimiter byLogin;
  private final RateLimiter byAddress;

  public Accounts(AccountStore store, PublicRecord record, Clock clock) {
    this.store = store;
    this.record = record;
    this.clock = clock;
    this.byLogin = new RateLimiter(clock, LOGIN_FAILURES, WINDOW, 100_000);
    this.byAddress = new RateLimiter(clock, ADDRESS_FAILURES, WINDOW, 100_000);
  }

  /**
   * The account whose password this is.
   *
   * @throws SignInRefused for a wrong login or password, or too many recent failures
   */
  public Account signIn(String login, String password, String address) {
    String loginKey = login == null ? "" : login.strip().toLowerCase(java.util.Locale.ROOT);
    long wait = Math.max(byLogin.retryAfterSeconds(loginKey), byAddress.retryAfterSeconds(address));
    if (wait > 0) {
      throw new SignInRefused("too many failed sign-ins: try again in " + wait + " seconds", wait);
    }
    Account account = store.account(loginKey).orElse(null);
    boolean ok = Passwords.verify(password == null ? "" : password,
        account == null ? Passwords.DECOY : account.passwordHash());
    if (account == null || !ok) {
      byLogin.failed(loginKey);
      byAddress.failed(address);
      throw new SignInRefused("wrong login or password", 0);
    }
    byLogin.succeeded(loginKey);
    return account;
  }

  /** An account for a member already in the record (for the instance's operator and tests). */
  public Account create(String login, String member, String email, String password) {
    Passwords.checkStrength(password);
    record.read(p -> p.member(member));
    Account account = new Account(checkLogin(login), email == null ? "" : email.strip(), member,
        Passwords.hash(password), Times.text(clock.instant()));
    if (!store.add(account)) {
      throw new InvalidInputException(null, 0, "login", "'" + login + "' or member " + member + " has an account already");
    }
    return account;
  }

  /**
   * A new invitation link token to join {@code council}; only its hash is kept.
   *
   * @throws org.serge.council.Refused unless the inviter acts in the council now
   */
  public String invite(Actor inviter, String council) {
    Instant now = clock.instant();
    record.read(p -> {
      if (p.council(council).isFederation()) {
        throw new InvalidInputException(null, 0, "council", council + " is a federation: its members are councils");
      }
      return Electorate.require(p, council, inviter, Times.text(now), "invite members");
    });
    String token = Tokens.random();
    store.add(new Invitation(Tokens.sha256(token), council, inviter.memberId(), Times.text(now),
        Times.text(now.plus(INVITATION_VALIDITY)), null));
    return token;
  }

  /** The usable invitation of a link's token; bad input naming {@code invitation} otherwise. */
  public Invitation invitation(String token) {
    String now = Times.text(clock.instant());
    return store.invitation(Tokens.sha256(token == null ? "" : token)).filter(i -> i.usable(now))
        .orElseThrow(() -> new InvalidInputException(null, 0, "invitation", "this invitation link is unknown, used or expired"));
  }

  /**
   * Joins a council with an invitation: the instance registers the person as {@code member}
   * (also their login), the account is made, and the inviting member's {@link AdmitMember} is
   * submitted. If the core refuses the admission (the inviter has left, say), the refusal is
   * thrown and the person keeps a registered account without the membership.
   */
  public synchronized Account join(String token, String member, String name, String email, String password) {
    Invitation invitation = invitation(token);
    Passwords.checkStrength(password);
    checkLogin(member);
    if (store.account(member).isPresent()) {
      throw new InvalidInputException(null, 0, "member", "'" + member + "' is taken: choose another id");
    }
    String hash = Passwords.hash(password);
    record.submit(Actor.instance(), new RegisterMember(member, name));
    Account account = new Account(member, email == null ? "" : email.strip(), member, hash, Times.text(clock.instant()));
    if (!store.add(account) || !store.use(invitation.tokenHash(), member)) {
      throw new InvalidInputException(null, 0, "invitation", "this invitation link was used meanwhile");
    }
    record.submit(Actor.member(invitation.invitedBy()), new AdmitMember(invitation.council(), member));
    return account;
  }

  private static String checkLogin(String login) {
    if (login == null || !Actor.ID.matcher(login).matches()) {
      throw new InvalidInputException(null, 0, "login", "use 1 to 64 lower-case letters, digits, '.', '-' or '_'");
    }
    return login;
  }
}
