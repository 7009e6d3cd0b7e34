package org.serge.council.deliberation;

/**
 * Content as it is shown: its words, and, when hidden, the hiding in force with its reason
 * and who hid it. Hidden content is never withheld from a query: an adapter shows the reason
 * first and the words on request, but always has both.
 *
 * @param hiding the hiding in force, or null when shown
 */
public record Shown<T extends Content>(T content, Hiding hiding) {
  public boolean isHidden() {
    return hiding != null;
  }

  /** Why it was hidden, or null when shown. */
  public String reason() {
    return hiding == null ? null : hiding.reason();
  }

  /** The moderator who hid it, or null when shown. */
  public String hiddenBy() {
    return hiding == null ? null : hiding.moderator();
  }
}
