package org.serge.council.election;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.serge.InvalidInputException;
import org.serge.council.Fact;
import org.serge.council.Polity;
import org.serge.council.Refused;
import org.serge.council.mandate.MandateWithheld;
import org.serge.council.mandate.Mandates;

/**
 * An election of the council's delegates to its federation's assembly by secret ballot (STV for
 * proportional representation): every candidate must be eligible for the mandate when the
 * election opens ({@link Mandates#checkEligible}: a member, no accumulation of mandates, no more
 * consecutive terms than allowed), and each winner is granted the mandate at the count. A winner
 * who has become ineligible meanwhile (took another mandate) is recorded as withheld with the
 * rule, rather than blocking the close: the count stands, and the council can elect again.
 */
final class DelegatesPurpose implements Purpose {
  public boolean candidatesActInCouncil() {
    return false; // Mandates.checkEligible decides: in a federation, members of its councils may stand
  }

  @Override
  public void checkOpening(Polity polity, ElectionOpened opening, Instant now) {
    for (OpenElection.Nominee candidate : opening.candidates()) {
      Mandates.checkEligible(polity, opening.council(), candidate.id(), now);
    }
  }

  public List<Fact> counted(Polity polity, Election election, List<String> elected, Instant now, long nextSeq) {
    List<Fact> facts = new ArrayList<>();
    for (String winner : elected) {
      try {
        facts.addAll(Mandates.grant(polity, election.council(), List.of(winner), now, nextSeq + facts.size(),
            election.id()));
      } catch (Refused | InvalidInputException e) {
        String rule = e instanceof Refused r ? r.rule().id() : "articles.mandates";
        String reason = e instanceof Refused r ? r.reason() : e.getMessage();
        facts.add(new MandateWithheld(election.council(), winner, election.id(), rule, reason));
      }
    }
    return facts;
  }
}
