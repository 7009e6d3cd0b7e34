package org.serge.council.planning;

import java.util.List;
import org.serge.council.Actor;
import org.serge.council.Articles;
import org.serge.council.Council;
import org.serge.council.Membership;
import org.serge.council.Polity;
import org.serge.council.Refused;
import org.serge.planning.cycle.Frame;

/**
 * Who may propose what in a round, in one place. A council's proposal is submitted by one of its
 * members (its delegates are members too): the council decides among its members how it proposes,
 * and the record names who submitted it. A member of one council submitting for another is refused
 * under {@code cycle.own-council}; someone in no council of the federation under
 * {@code articles.members-act}.
 *
 * @param submittedBy the council the actor acts for: {@code council} itself, or (to be refused by the
 *     cycle's check) another council of the federation the actor belongs to
 * @param region the council's region index in the frame
 * @param members the council's members now: what a proposal's per-member figures divide by
 */
record Proposing(PlanningRound round, Frame frame, String submittedBy, int region, int members) {

  static final List<String> TAKING = List.of("opening", "open", "approved", "amending");

  static Proposing check(Polity polity, Actor actor, String time, String roundId, String councilId, String kind) {
    PlanningRound round = Rounds.round(polity, roundId);
    if (!TAKING.contains(round.status())) {
      throw new Refused(RoundArticles.STEPS, round.id() + " is " + round.status() + ": it takes no proposals now");
    }
    Council council = polity.council(councilId);
    String region = Rounds.regionOf(polity, round.federation(), councilId);
    if (region == null) {
      throw new Refused(RoundArticles.COUNCILS, councilId + " is not a council of " + round.federation());
    }
    if (!kind.equals(Rounds.proposalKind(council))) {
      throw new Refused(RoundArticles.COUNCILS, councilId + " is a " + council.kind().text() + " council: it makes no "
          + kind + " proposal");
    }
    if (actor.isInstance()) {
      throw new Refused(Articles.INSTANCE, "the instance proposes for no council");
    }
    String submittedBy = councilId;
    if (!polity.isMember(councilId, actor.memberId())) {
      submittedBy = polity.membershipsOf(actor.memberId()).stream().filter(Membership::current)
          .map(Membership::council).filter(c -> Rounds.regionOf(polity, round.federation(), c) != null)
          .findFirst().orElseThrow(() -> new Refused(Articles.MEMBERS_ACT, actor.memberId()
              + " is a member of no council of " + round.federation() + " and proposes for none"));
    }
    Frame frame = Rounds.frame(round);
    return new Proposing(round, frame, submittedBy, frame.regions().indexOf(region),
        polity.membersAt(councilId, time).size());
  }
}
