package org.serge;

/**
 * A failure that a user can read and act on: its message says what went wrong and where,
 * so the CLI and the API print it without a stack trace.
 *
 * <p>{@link #exitCode()} follows the CLI convention: 1 when a computation failed, 2 when
 * the input was bad.
 */
public class SergeException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public SergeException(String message) {
    super(message);
  }

  public SergeException(String message, Throwable cause) {
    super(message, cause);
  }

  /** The process exit code for this failure: 1, a computation failed. */
  public int exitCode() {
    return 1;
  }
}
