package org.serge.council.mandate;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.serge.council.Payload;
import org.serge.council.Polity;
import org.serge.council.Stamp;
import org.serge.council.deliberation.DeliberationFact;

/** A member signed a petition to recall a delegate of their council, by name. */
public record RecallSigned(String council, String petition) implements DeliberationFact {
  public static final String TYPE = "recall.signed";

  public static RecallSigned read(Payload p) {
    return new RecallSigned(p.text("council"), p.text("petition"));
  }

  public String type() {
    return TYPE;
  }

  public ObjectNode payload() {
    ObjectNode p = Payload.object();
    p.put("council", council);
    p.put("petition", petition);
    return p;
  }

  public void apply(Polity polity, Stamp stamp) {
    RecallPetition r = Recalls.petition(polity, petition);
    require(stamp, "council", council, r.council());
    require(stamp, "petition", r.status(), "gathering");
    String signer = member(stamp);
    String id = RecallSignature.id(petition, signer);
    if (polity.recallSignatures.contains(id)) {
      throw bad(stamp, "petition", signer + " signed " + petition + " already");
    }
    polity.recallSignatures.put(new RecallSignature(id, petition, signer, stamp.timeText(), stamp.seq()));
    polity.recallPetitions.put(r.signed());
  }
}
