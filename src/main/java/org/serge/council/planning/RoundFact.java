package org.serge.council.planning;

import com.fasterxml.jackson.databind.JsonNode;
import org.serge.council.CouncilFact;
import org.serge.council.Polity;
import org.serge.council.Stamp;
import org.serge.record.CanonicalJson;

/**
 * A fact of a planning round: a {@link org.serge.council.CouncilFact} that refuses, naming the event and
 * field, a payload no action could have made (a forged price, a tally that is not the recomputation).
 */
interface RoundFact extends CouncilFact {
  /** The round this fact is about; bad input naming the event unless it is the federation's. */
  default PlanningRound round(Polity polity, Stamp stamp, String id) {
    PlanningRound round = Rounds.round(polity, id);
    require(stamp, "council", council(), round.federation());
    return round;
  }

  /** Bad input naming the field unless the recorded JSON is exactly the recomputed one. */
  default void requireSame(Stamp stamp, String field, JsonNode recorded, JsonNode recomputed, String what) {
    boolean none = recorded == null || recorded.isNull();
    if (recomputed == null || recomputed.isNull()) {
      if (!none) {
        throw bad(stamp, field, "should be null: " + what + " has none");
      }
      return;
    }
    String expected = CanonicalJson.write(recomputed);
    if (none || !CanonicalJson.write(recorded).equals(expected)) {
      throw bad(stamp, field, "differs from " + what + ": " + abbreviated(expected));
    }
  }

  private static String abbreviated(String text) {
    return text.length() > 300 ? text.substring(0, 299) + "…" : text;
  }
}
