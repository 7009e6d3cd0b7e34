package org.serge.council.deliberation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.serge.council.Payload;
import org.serge.council.Polity;
import org.serge.council.Stamp;
import org.serge.council.motion.Motion;

/**
 * The author of hidden content appealed against its hiding: recorded with the opening of the
 * appeal's motion (kind and subject {@code appeal}), whose text holds the grounds.
 */
public record ContentAppealed(String council, String hiding, String content, String motion)
    implements DeliberationFact {
  public static final String TYPE = "content.appealed";

  public static ContentAppealed read(Payload p) {
    return new ContentAppealed(p.text("council"), p.text("hiding"), p.text("content"), p.text("motion"));
  }

  public String type() {
    return TYPE;
  }

  public ObjectNode payload() {
    ObjectNode p = Payload.object();
    p.put("council", council);
    p.put("hiding", hiding);
    p.put("content", content);
    p.put("motion", motion);
    return p;
  }

  public void apply(Polity polity, Stamp stamp) {
    Hiding h = Deliberation.hiding(polity, hiding);
    require(stamp, "council", council, h.council());
    require(stamp, "content", content, h.content());
    require(stamp, "hiding", h.status(), "hidden");
    Motion m = polity.motion(motion);
    require(stamp, "motion", m.subjectId(), hiding);
    polity.appeals.put(new Appeal(motion, council, hiding, content, member(stamp), m.text(), "open", null,
        stamp.timeText(), stamp.seq()));
    polity.hidings.put(h.withStatus("appealed", motion, null));
  }
}
