package org.serge.council;

/**
 * A rule of a constitution, or one of the fixed articles every constitution includes: its
 * id ({@code decisions.plan}, {@code mandates.simultaneous}, {@code articles.members-act})
 * and its text in plain words, as a refusal names it.
 */
public record Rule(String id, String text) {
  @Override
  public String toString() {
    return id + " (" + text + ")";
  }
}
