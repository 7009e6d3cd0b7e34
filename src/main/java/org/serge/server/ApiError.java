package org.serge.server;

/**
 * An HTTP answer other than a refusal or bad input: 401 (sign in first), 403 (a missing or
 * wrong CSRF token), 404 (no such council, proposal, …), 429 (too many sign-ins). The server
 * writes it as {@code {"error": message, "field": field}}.
 */
public final class ApiError extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int status;
  private final String field;

  public ApiError(int status, String message, String field) {
    super(message);
    this.status = status;
    this.field = field;
  }

  public static ApiError notFound(String field, String id) {
    return new ApiError(404, "no " + field.replace('-', ' ') + " '" + id + "'", field);
  }

  public static ApiError signInFirst() {
    return new ApiError(401, "sign in first: this acts as a member", null);
  }

  public int status() {
    return status;
  }

  public String field() {
    return field;
  }
}
