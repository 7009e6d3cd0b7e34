package org.serge.council.motion;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.serge.council.Council;
import org.serge.council.Fact;
import org.serge.council.Payload;
import org.serge.council.Polity;
import org.serge.council.Stamp;

/**
 * A motion closed: the tally among those entitled, and the outcome under the rule named
 * ({@code adopted}, {@code rejected}, or {@code lapsed} without a quorum).
 */
public record MotionClosed(String council, String motion, String outcome, String rule, Tally tally) implements Fact {
  public static final String TYPE = "motion.closed";

  public static MotionClosed read(Payload p) {
    return new MotionClosed(p.text("council"), p.text("motion"), p.text("outcome"), p.text("rule"),
        new Tally(p.integer("yes"), p.integer("no"), p.integer("abstain"), p.integer("entitled")));
  }

  public String type() {
    return TYPE;
  }

  public String scope() {
    return Council.scope(council);
  }

  public ObjectNode payload() {
    ObjectNode p = Payload.object();
    p.put("council", council);
    p.put("motion", motion);
    p.put("outcome", outcome);
    p.put("rule", rule);
    p.put("yes", tally.yes());
    p.put("no", tally.no());
    p.put("abstain", tally.abstain());
    p.put("entitled", tally.entitled());
    return p;
  }

  public void applyTo(Polity polity, Stamp stamp) {
    Motion m = polity.motion(motion);
    polity.motions.put(m.closed(outcome, tally.yes(), tally.no(), tally.abstain(), tally.entitled(), stamp.seq()));
  }
}
