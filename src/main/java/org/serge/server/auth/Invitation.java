package org.serge.server.auth;

/**
 * An invitation to join a council, made by one of its members. The link carries a random
 * token; only its SHA-256 is stored ({@code tokenHash}), so a copy of the table lets no one
 * accept an invitation. Single use: {@code usedBy} is the member who accepted it.
 *
 * @param council the council to join
 * @param invitedBy the member who invited, as whom the admission is later submitted
 * @param created record-time text
 * @param expires record-time text after which the link no longer works
 * @param usedBy the member admitted with it, or null while unused
 */
public record Invitation(String tokenHash, String council, String invitedBy, String created, String expires,
    String usedBy) {
  public boolean usable(String now) {
    return usedBy == null && now.compareTo(expires) < 0;
  }
}
