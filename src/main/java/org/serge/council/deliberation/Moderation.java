package org.serge.council.deliberation;

import org.serge.council.Actor;
import org.serge.council.Articles;
import org.serge.council.Council;
import org.serge.council.Electorate;
import org.serge.council.Polity;
import org.serge.council.Refused;
import org.serge.council.Rule;
import org.serge.council.constitution.Constitution.Moderators;

/**
 * Who moderates a council, as its constitution's {@code moderation.moderators} says:
 *
 * <ul>
 *   <li>{@code elected}: the members the council elected moderators ({@link Moderator}), while
 *       they act in it;
 *   <li>{@code delegates}: the council's delegates, that is the members holding a mandate in
 *       force from it (for a federation, the delegates it sends to the federation above); a
 *       top-level federation, which sends no one, is moderated by its assembly's delegates.
 * </ul>
 */
public final class Moderation {
  private Moderation() {}

  /** The constitution's rule on who moderates this council. */
  public static Rule rule(Polity polity, String councilId) {
    return polity.constitution(councilId).rule("moderation.moderators").orElseThrow();
  }

  /** Whether the member moderates the council at record time {@code time}. */
  public static boolean isModerator(Polity polity, String councilId, String member, String time) {
    if (polity.constitution(councilId).moderators() == Moderators.ELECTED) {
      return Electorate.includes(polity, councilId, member, time)
          && polity.moderators.rows().stream().anyMatch(m -> m.council().equals(councilId) && m.member().equals(member));
    }
    Council council = polity.council(councilId);
    if (council.isFederation() && council.parent() == null) {
      return Electorate.includes(polity, councilId, member, time);
    }
    return polity.mandatesOf(member, time).stream().anyMatch(m -> m.council().equals(councilId));
  }

  /**
   * The acting member, refused unless they moderate the council now.
   *
   * @throws Refused naming {@code moderation.moderators}, or {@link Articles#INSTANCE}
   */
  public static String require(Polity polity, String councilId, Actor actor, String time) {
    if (actor.isInstance()) {
      throw new Refused(Articles.INSTANCE, "the instance moderates nothing");
    }
    String member = actor.memberId();
    if (!isModerator(polity, councilId, member, time)) {
      boolean elected = polity.constitution(councilId).moderators() == Moderators.ELECTED;
      throw new Refused(rule(polity, councilId), member + " does not moderate " + councilId + ": "
          + (elected ? "not elected moderator by it" : "not one of its delegates"));
    }
    return member;
  }
}
