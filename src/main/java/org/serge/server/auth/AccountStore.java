package org.serge.server.auth;

import java.util.Optional;

/**
 * Where accounts and invitations are kept: private data, apart from the public record.
 * {@link MemoryAccountStore} for tests; {@link JdbcAccountStore} over the database of the
 * record (tables of {@code V7__accounts.sql}). Implementations are thread-safe.
 */
public interface AccountStore {
  /** The account with this login, if any. */
  Optional<Account> account(String login);

  /** The account acting as this member, if any. */
  Optional<Account> accountOf(String member);

  /**
   * Adds an account.
   *
   * @return false when its login or member already has one (nothing is added)
   */
  boolean add(Account account);

  /** Adds an invitation. */
  void add(Invitation invitation);

  /** The invitation with this token hash, if any. */
  Optional<Invitation> invitation(String tokenHash);

  /**
   * Marks an unused invitation used by {@code member}.
   *
   * @return false when it was used already (by a concurrent request, say)
   */
  boolean use(String tokenHash, String member);
}
