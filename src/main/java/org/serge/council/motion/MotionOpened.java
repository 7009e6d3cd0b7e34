package org.serge.council.motion;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.serge.council.Council;
import org.serge.council.Fact;
import org.serge.council.Payload;
import org.serge.council.Polity;
import org.serge.council.Stamp;

/** A motion was put to a council for an open vote. */
public record MotionOpened(
    String motion, String council, String kind, String title, String text, String subjectType, String subjectId,
    String closes) implements Fact {
  public static final String TYPE = "motion.opened";

  public static MotionOpened read(Payload p) {
    return new MotionOpened(p.text("motion"), p.text("council"), p.text("kind"), p.text("title"), p.text("text"),
        p.text("subjectType"), p.optionalText("subjectId"), p.text("closes"));
  }

  public String type() {
    return TYPE;
  }

  public String scope() {
    return Council.scope(council);
  }

  public ObjectNode payload() {
    ObjectNode p = Payload.object();
    p.put("motion", motion);
    p.put("council", council);
    p.put("kind", kind);
    p.put("title", title);
    p.put("text", text);
    p.put("subjectType", subjectType);
    p.put("subjectId", subjectId);
    p.put("closes", closes);
    return p;
  }

  public void applyTo(Polity polity, Stamp stamp) {
    polity.council(council);
    polity.motions.put(new Motion(motion, council, kind, title, text, subjectType, subjectId,
        stamp.actor().toString(), stamp.timeText(), closes, "open", null, null, null, null, stamp.seq(), null));
  }
}
