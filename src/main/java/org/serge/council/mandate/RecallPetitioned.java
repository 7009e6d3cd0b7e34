package org.serge.council.mandate;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.serge.council.Mandate;
import org.serge.council.Payload;
import org.serge.council.Polity;
import org.serge.council.Stamp;
import org.serge.council.deliberation.DeliberationFact;

/** A member of a council started a petition to recall one of its delegates, with grounds, and signed it. */
public record RecallPetitioned(String council, String petition, String mandate, String grounds)
    implements DeliberationFact {
  public static final String TYPE = "recall.petitioned";

  public static RecallPetitioned read(Payload p) {
    return new RecallPetitioned(p.text("council"), p.text("petition"), p.text("mandate"), p.text("grounds"));
  }

  public String type() {
    return TYPE;
  }

  public ObjectNode payload() {
    ObjectNode p = Payload.object();
    p.put("council", council);
    p.put("petition", petition);
    p.put("mandate", mandate);
    p.put("grounds", grounds);
    return p;
  }

  public void apply(Polity polity, Stamp stamp) {
    requireId(stamp, "petition", petition, "rp-");
    Mandate m = Mandates.mandate(polity, mandate);
    require(stamp, "council", council, m.council());
    String petitioner = member(stamp);
    String time = stamp.timeText();
    polity.recallPetitions.put(new RecallPetition(petition, council, mandate, m.member(), petitioner, grounds,
        "gathering", 1, null, null, time, stamp.seq()));
    polity.recallSignatures.put(new RecallSignature(RecallSignature.id(petition, petitioner), petition, petitioner,
        time, stamp.seq()));
  }
}
