package org.serge.council.mandate;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.serge.council.Mandate;
import org.serge.council.Payload;
import org.serge.council.Polity;
import org.serge.council.Stamp;
import org.serge.council.deliberation.DeliberationFact;

/**
 * A mandate in force ended before its term: {@code mandate.resigned} by its holder, or
 * {@code mandate.recalled} by its council's decision ({@code decision}, null for a resignation).
 * The mandate's row keeps its history with the end and the reason.
 */
public record MandateEnded(String type, String council, String mandate, String decision) implements DeliberationFact {
  public static final String RESIGNED = "mandate.resigned";
  public static final String RECALLED = "mandate.recalled";

  public static MandateEnded readResigned(Payload p) {
    return new MandateEnded(RESIGNED, p.text("council"), p.text("mandate"), null);
  }

  public static MandateEnded readRecalled(Payload p) {
    return new MandateEnded(RECALLED, p.text("council"), p.text("mandate"), p.text("decision"));
  }

  static MandateEnded resigned(Mandate m) {
    return new MandateEnded(RESIGNED, m.council(), m.id(), null);
  }

  static MandateEnded recalled(Mandate m, String decision) {
    return new MandateEnded(RECALLED, m.council(), m.id(), decision);
  }

  public ObjectNode payload() {
    ObjectNode p = Payload.object();
    p.put("council", council);
    p.put("mandate", mandate);
    if (type.equals(RECALLED)) {
      p.put("decision", decision);
    }
    return p;
  }

  public void apply(Polity polity, Stamp stamp) {
    Mandate m = Mandates.mandate(polity, mandate);
    require(stamp, "council", council, m.council());
    if (!m.heldAt(stamp.timeText())) {
      throw bad(stamp, "mandate", mandate + " is not in force");
    }
    if (type.equals(RESIGNED)) {
      require(stamp, "actor", member(stamp), m.member());
    }
    polity.mandates.put(m.ending(stamp.timeText(), type.equals(RESIGNED) ? "resigned" : "recalled", stamp.seq()));
  }
}
