package org.serge.council.deliberation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.serge.council.Payload;
import org.serge.council.Polity;
import org.serge.council.Stamp;

/**
 * A moderator (the actor) hid content, with a reason. The content stays in its table and the
 * record; it is shown with this reason and who hid it.
 */
public record ContentHidden(String council, String hiding, String content, String contentType, String reason)
    implements DeliberationFact {
  public static final String TYPE = "content.hidden";

  public static ContentHidden read(Payload p) {
    return new ContentHidden(p.text("council"), p.text("hiding"), p.text("content"), p.text("contentType"),
        p.text("reason"));
  }

  public String type() {
    return TYPE;
  }

  public ObjectNode payload() {
    ObjectNode p = Payload.object();
    p.put("council", council);
    p.put("hiding", hiding);
    p.put("content", content);
    p.put("contentType", contentType);
    p.put("reason", reason);
    return p;
  }

  public void apply(Polity polity, Stamp stamp) {
    requireId(stamp, "hiding", hiding, "h-");
    Content c = Deliberation.content(polity, content);
    require(stamp, "council", council, c.council());
    require(stamp, "contentType", contentType, c.contentType());
    if (c.hidden()) {
      throw bad(stamp, "content", content + " is hidden already (" + c.hiding() + ")");
    }
    polity.hidings.put(new Hiding(hiding, council, content, contentType, member(stamp), reason, "hidden", null, null,
        stamp.timeText(), null, stamp.seq(), null));
    Deliberation.put(polity, c.withHiding(hiding));
  }
}
