package org.serge.council.deliberation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.serge.council.Payload;
import org.serge.council.Polity;
import org.serge.council.Stamp;

/**
 * The council adopted an appeal ({@code decision}): the content is shown again. The hiding
 * stays in the record, ended, with the decision that ended it.
 */
public record ContentRestored(String council, String hiding, String content, String decision)
    implements DeliberationFact {
  public static final String TYPE = "content.restored";

  public static ContentRestored read(Payload p) {
    return new ContentRestored(p.text("council"), p.text("hiding"), p.text("content"), p.text("decision"));
  }

  public String type() {
    return TYPE;
  }

  public ObjectNode payload() {
    ObjectNode p = Payload.object();
    p.put("council", council);
    p.put("hiding", hiding);
    p.put("content", content);
    p.put("decision", decision);
    return p;
  }

  public void apply(Polity polity, Stamp stamp) {
    Hiding h = Deliberation.hiding(polity, hiding);
    require(stamp, "council", council, h.council());
    require(stamp, "content", content, h.content());
    require(stamp, "decision", Deliberation.recorded(polity, decision).outcome(), "adopted");
    Content c = Deliberation.content(polity, content);
    require(stamp, "hiding", c.hiding(), hiding);
    polity.hidings.put(h.restored(decision, stamp.timeText(), stamp.seq()));
    Deliberation.put(polity, c.withHiding(null));
  }
}
