package org.serge.council;

import java.util.List;

/**
 * Who acts in a council: in a workplace or neighbourhood council, its members; in a
 * federation, its assembly, that is the delegates whose mandates are in force. The one
 * place where that is decided, for motions, proposals and every right that follows.
 */
public final class Electorate {
  private Electorate() {}

  /** Those entitled to vote in the council at record time {@code time}, each once. */
  public static List<String> at(Polity polity, String councilId, String time) {
    Council council = polity.council(councilId);
    if (council.isFederation()) {
      return polity.mandatesAt(councilId, time).stream().map(Mandate::member).distinct().toList();
    }
    return polity.membersAt(councilId, time);
  }

  /** Whether the member acts in the council at that time. */
  public static boolean includes(Polity polity, String councilId, String memberId, String time) {
    Council council = polity.council(councilId);
    if (council.isFederation()) {
      return polity.mandatesAt(councilId, time).stream().anyMatch(m -> m.member().equals(memberId));
    }
    return polity.isMember(councilId, memberId);
  }

  /**
   * Refuses unless {@code actor} is a member acting in the council now.
   *
   * @throws Refused naming {@link Articles#MEMBERS_ACT}, or {@code mandates.term} for a delegate
   *     whose mandate to the federation ran out with its term
   */
  public static String require(Polity polity, String councilId, Actor actor, String time, String what) {
    if (actor.isInstance()) {
      throw new Refused(Articles.INSTANCE, "the instance cannot " + what);
    }
    String member = actor.memberId();
    if (!includes(polity, councilId, member, time)) {
      Council council = polity.council(councilId);
      if (council.isFederation()) {
        polity.mandates.rows().stream().filter(m -> m.federation().equals(councilId) && m.member().equals(member)
            && m.ended() == null && m.termEnd().compareTo(time) <= 0).reduce((first, last) -> last).ifPresent(m -> {
              throw new Refused(polity.constitution(councilId).rule("mandates.term").orElseThrow(), member
                  + " cannot " + what + " in " + councilId + ": their mandate " + m.id() + " ended with its term at "
                  + m.termEnd());
            });
      }
      throw new Refused(Articles.MEMBERS_ACT, member + " cannot " + what + " in " + councilId + ": "
          + (council.isFederation() ? "not a delegate to its assembly" : "not a member"));
    }
    return member;
  }
}
