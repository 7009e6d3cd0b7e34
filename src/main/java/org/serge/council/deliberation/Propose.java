package org.serge.council.deliberation;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.serge.InvalidInputException;
import org.serge.council.Action;
import org.serge.council.Actor;
import org.serge.council.Articles;
import org.serge.council.Electorate;
import org.serge.council.Fact;
import org.serge.council.Polity;
import org.serge.council.Refused;
import org.serge.council.Times;

/**
 * Makes a proposal in a council, or in a federation's assembly: anyone who acts there may.
 * It asks for a decision of {@code kind}, whose rule will decide it; kinds with a procedure of
 * their own cannot be proposed.
 */
public record Propose(String council, String kind, String title, String text) implements Action {
  /** Kinds decided by procedures of their own: elections, recalls, appeals, the constitution. */
  static final Set<String> PROCEDURAL_KINDS = Set.of("election", "recall", "appeal", "constitutional", "ratification");

  public List<Fact> decide(Polity polity, Actor actor, Instant now) {
    Electorate.require(polity, council, actor, Times.text(now), "make a proposal");
    try {
      polity.constitution(council).decision(kind);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(null, 0, "kind", e.getMessage());
    }
    if (PROCEDURAL_KINDS.contains(kind)) {
      throw new Refused(Articles.PROPOSAL_KINDS, "a proposal cannot ask for a " + kind + " decision");
    }
    return List.of(new ProposalMade(council, Proposal.id(polity.seq() + 1), kind, Texts.title("title", title),
        Texts.required("text", text)));
  }
}
