package org.serge.council;

import java.util.regex.Pattern;
import org.serge.InvalidInputException;

/**
 * Who acts: a member ({@code member:ana}) or the instance itself ({@code instance}), which
 * only opens the record and carries out what the rules schedule. Written in events'
 * {@code actor} field as {@link #toString()}.
 */
public record Actor(String id) {
  /** Ids of members, councils and everything named in the record: lower case, digits, '-', '_' and '.'. */
  public static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

  private static final String MEMBER = "member:";
  private static final Actor INSTANCE = new Actor("instance");

  public Actor {
    if (!id.equals("instance") && !(id.startsWith(MEMBER) && ID.matcher(id.substring(MEMBER.length())).matches())) {
      throw new InvalidInputException(null, 0, "actor", "'" + id + "' is neither 'instance' nor 'member:ID'");
    }
  }

  /** The member with this id. */
  public static Actor member(String memberId) {
    return new Actor(MEMBER + memberId);
  }

  public static Actor instance() {
    return INSTANCE;
  }

  /** Reads {@code member:ana}, {@code instance}, or a bare member id {@code ana}. */
  public static Actor parse(String text) {
    return text.equals("instance") || text.startsWith(MEMBER) ? new Actor(text) : member(text);
  }

  public boolean isInstance() {
    return id.equals("instance");
  }

  /** The member id ({@code ana} for {@code member:ana}); throws for the instance. */
  public String memberId() {
    if (isInstance()) {
      throw new IllegalStateException("the instance is not a member");
    }
    return id.substring(MEMBER.length());
  }

  @Override
  public String toString() {
    return id;
  }
}
