package org.serge.council.motion;

import java.time.Instant;
import java.util.List;
import org.serge.council.Action;
import org.serge.council.Actor;
import org.serge.council.Articles;
import org.serge.council.Electorate;
import org.serge.council.Fact;
import org.serge.council.Polity;
import org.serge.council.Refused;
import org.serge.council.Times;

/**
 * Votes yes, no or abstain on an open motion, by name. Those entitled when it opened vote,
 * except anyone the motion's subject recuses ({@link Consequence#recused}).
 */
public record CastVote(String motion, Choice choice) implements Action {
  public List<Fact> decide(Polity polity, Actor actor, Instant now) {
    Motion m = polity.motion(motion);
    if (actor.isInstance()) {
      throw new Refused(Articles.INSTANCE, "the instance does not vote");
    }
    String voter = actor.memberId();
    if (!m.isOpen()) {
      throw new Refused(Articles.ONE_VOTE, motion + " is " + m.status() + ", no longer open");
    }
    if (!Electorate.at(polity, m.council(), m.opened()).contains(voter)) {
      throw new Refused(Articles.MEMBERS_ACT, voter + " was not entitled to vote in " + m.council()
          + " when " + motion + " opened");
    }
    if (Consequences.of(m.subjectType()).recused(polity, m).contains(voter)) {
      throw new Refused(Articles.OWN_CAUSE, voter + " may not vote on " + motion + ": it judges their own act");
    }
    if (Times.text(now).compareTo(m.closes()) >= 0) {
      throw new Refused(Articles.ONE_VOTE, motion + "'s period ended at " + m.closes());
    }
    return List.of(new VoteCast(m.council(), motion, choice));
  }
}
