package org.serge.council.motion;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.serge.InvalidInputException;
import org.serge.council.Action;
import org.serge.council.Actor;
import org.serge.council.Electorate;
import org.serge.council.Fact;
import org.serge.council.Polity;
import org.serge.council.Times;
import org.serge.council.constitution.DecisionRule;

/**
 * Puts a motion to a council. Anyone who acts in the council may; the motion stays open for
 * the period its kind of decision has in the constitution.
 *
 * @param subjectType {@code resolution} for a plain resolution, or another registered subject
 */
public record OpenMotion(String council, String kind, String title, String text, String subjectType, String subjectId)
    implements Action {

  /** A plain resolution of the given kind. */
  public static OpenMotion resolution(String council, String kind, String title, String text) {
    return new OpenMotion(council, kind, title, text, "resolution", null);
  }

  public List<Fact> decide(Polity polity, Actor actor, Instant now) {
    MotionOpened opened = fact(polity, actor, now, polity.seq() + 1);
    List<Fact> facts = new ArrayList<>();
    facts.add(opened);
    facts.addAll(Consequences.of(subjectType).opened(polity, opened, now, polity.seq() + 2));
    return facts;
  }

  /**
   * The fact, for actions that open a motion among other facts; {@code seq} is its event's.
   * Such an action records the subject's {@link Consequence#opened} facts after it, as
   * {@link #decide} does.
   */
  public MotionOpened fact(Polity polity, Actor actor, Instant now, long seq) {
    if (title == null || title.isBlank()) {
      throw new InvalidInputException(null, 0, "title", "a motion needs a title");
    }
    Electorate.require(polity, council, actor, Times.text(now), "open a motion");
    DecisionRule rule = decisionRule(polity);
    Consequences.of(subjectType).checkOpening(polity, actor, council, kind, subjectId, now);
    return new MotionOpened(Motion.id(seq), council, kind, title.strip(), text == null ? "" : text, subjectType,
        subjectId, Times.text(now.plus(rule.period())));
  }

  private DecisionRule decisionRule(Polity polity) {
    try {
      return polity.constitution(council).decision(kind);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(null, 0, "kind", e.getMessage());
    }
  }
}
