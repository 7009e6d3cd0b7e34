package org.serge.server.auth;

import org.serge.SergeException;

/**
 * Signing in failed: a wrong login or password (the message never says which), or too many
 * failures lately ({@code retryAfterSeconds} &gt; 0).
 */
public final class SignInRefused extends SergeException {
  private static final long serialVersionUID = 1L;
  private final long retryAfterSeconds;

  public SignInRefused(String message, long retryAfterSeconds) {
    super(message);
    this.retryAfterSeconds = retryAfterSeconds;
  }

  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }

  public boolean tooMany() {
    return retryAfterSeconds > 0;
  }
}
