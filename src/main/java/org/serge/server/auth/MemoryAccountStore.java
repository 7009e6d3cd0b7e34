package org.serge.server.auth;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Accounts and invitations in memory: for tests, and for a server on an in-memory record. */
public final class MemoryAccountStore implements AccountStore {
  private final Map<String, Account> byLogin = new HashMap<>();
  private final Map<String, Account> byMember = new HashMap<>();
  private final Map<String, Invitation> invitations = new HashMap<>();

  @Override
  public synchronized Optional<Account> account(String login) {
    return Optional.ofNullable(byLogin.get(login));
  }

  @Override
  public synchronized Optional<Account> accountOf(String member) {
    return Optional.ofNullable(byMember.get(member));
  }

  @Override
  public synchronized boolean add(Account account) {
    if (byLogin.containsKey(account.login()) || byMember.containsKey(account.member())) {
      return false;
    }
    byLogin.put(account.login(), account);
    byMember.put(account.member(), account);
    return true;
  }

  @Override
  public synchronized void add(Invitation invitation) {
    invitations.put(invitation.tokenHash(), invitation);
  }

  @Override
  public synchronized Optional<Invitation> invitation(String tokenHash) {
    return Optional.ofNullable(invitations.get(tokenHash));
  }

  @Override
  public synchronized boolean use(String tokenHash, String member) {
    Invitation i = invitations.get(tokenHash);
    if (i == null || i.usedBy() != null) {
      return false;
    }
    invitations.put(tokenHash, new Invitation(i.tokenHash(), i.council(), i.invitedBy(), i.created(), i.expires(),
        member));
    return true;
  }
}
