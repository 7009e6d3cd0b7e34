package org.serge.council.motion;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.serge.council.Action;
import org.serge.council.Actor;
import org.serge.council.Articles;
import org.serge.council.Electorate;
import org.serge.council.Fact;
import org.serge.council.Polity;
import org.serge.council.Refused;
import org.serge.council.Times;
import org.serge.council.constitution.DecisionRule;

/**
 * Closes a motion once its period has ended or everyone entitled has voted, and records the
 * outcome under the constitution's rule for its kind, with what adoption entails. Anyone
 * entitled may close it, and so may the instance (closing when due is the rules' schedule).
 */
public record CloseMotion(String motion) implements Action {
  public List<Fact> decide(Polity polity, Actor actor, Instant now) {
    Motion m = polity.motion(motion);
    if (!m.isOpen()) {
      throw new Refused(Articles.CLOSING, motion + " is already " + m.status());
    }
    String time = Times.text(now);
    Consequence consequence = Consequences.of(m.subjectType());
    Set<String> recused = consequence.recused(polity, m);
    List<String> entitled = Electorate.at(polity, m.council(), m.opened()).stream()
        .filter(member -> !recused.contains(member)).toList();
    if (!actor.isInstance() && !entitled.contains(actor.memberId())
        && !Electorate.includes(polity, m.council(), actor.memberId(), time)) {
      throw new Refused(Articles.MEMBERS_ACT, actor.memberId() + " does not act in " + m.council());
    }
    Tally tally = Tally.of(polity, m, entitled);
    if (time.compareTo(m.closes()) < 0 && tally.voted() < tally.entitled()) {
      throw new Refused(Articles.CLOSING, motion + " stays open until " + m.closes() + ": " + tally.voted()
          + " of " + tally.entitled() + " have voted");
    }
    DecisionRule rule = polity.constitution(m.council()).decision(m.kind());
    String outcome = !rule.quorate(tally.voted(), tally.entitled()) ? "lapsed"
        : rule.threshold().passes(tally.yes(), tally.no()) ? "adopted" : "rejected";
    List<Fact> facts = new ArrayList<>();
    facts.add(new MotionClosed(m.council(), motion, outcome, rule.id(), tally));
    Motion closed = m.closed(outcome, tally.yes(), tally.no(), tally.abstain(), tally.entitled(), polity.seq() + 1);
    long next = polity.seq() + 2;
    facts.addAll(outcome.equals("adopted") ? consequence.adopted(polity, closed, now, next)
        : consequence.notAdopted(polity, closed, now, next));
    return facts;
  }
}
