package org.serge.council.election;

import java.time.Instant;
import java.util.List;
import org.serge.InvalidInputException;
import org.serge.council.Action;
import org.serge.council.Actor;
import org.serge.council.Electorate;
import org.serge.council.Fact;
import org.serge.council.Polity;
import org.serge.council.Refused;
import org.serge.council.Times;
import org.serge.council.constitution.DecisionRule;

/**
 * Opens an election in a council, under its constitution's rule for {@code election}
 * decisions: it stays open for that rule's period, and those who act in the council now
 * (members, or delegates in a federation's assembly) are entitled to vote. Anyone who acts in
 * the council may open one.
 *
 * @param seats how many candidates are elected
 * @param method one of {@link Methods#ELECTION}
 * @param purpose one of {@link Purposes}: {@code general}, {@code officers}, …
 * @param candidates who stands, in the order the ballot lists them
 */
public record OpenElection(
    String council, String title, long seats, String method, String purpose, List<Nominee> candidates)
    implements Action {
  /** A candidate: an id ({@link Actor#ID}; a member's id where the purpose needs members) and a name. */
  public record Nominee(String id, String name) {}

  public OpenElection {
    candidates = List.copyOf(candidates);
  }

  public List<Fact> decide(Polity polity, Actor actor, Instant now) {
    String time = Times.text(now);
    String titled = Listing.title(title, "an election");
    Methods.election(method);
    Purpose chosen = Purposes.of(purpose);
    Electorate.require(polity, council, actor, time, "open an election");
    checkCandidates(polity, chosen, time);
    DecisionRule rule = polity.constitution(council).decision("election");
    long entitled = Electorate.at(polity, council, time).size();
    ElectionOpened opened = new ElectionOpened(Election.PREFIX + (polity.seq() + 1), council, titled, seats,
        method, purpose, candidates.stream().map(c -> new Nominee(c.id(), c.name().strip())).toList(),
        Times.text(now.plus(rule.period())), rule.id(), entitled);
    chosen.checkOpening(polity, opened, now);
    return List.of(opened);
  }

  private void checkCandidates(Polity polity, Purpose chosen, String time) {
    if (seats < 1) {
      throw new InvalidInputException(null, 0, "seats", "an election fills at least one seat, not " + seats);
    }
    if (candidates.size() < seats) {
      throw new Refused(ElectionArticles.CANDIDATES, candidates.size() + " candidates cannot fill " + seats + " seats");
    }
    Listing listing = new Listing("candidates");
    for (Nominee c : candidates) {
      if (!listing.add(c.id(), c.name())) {
        throw new Refused(ElectionArticles.CANDIDATES, c.id() + " stands twice");
      }
      if (chosen.candidatesActInCouncil() && !Electorate.includes(polity, council, c.id(), time)) {
        throw new Refused(ElectionArticles.CANDIDATES, c.id() + " does not act in " + council
            + ", as an election for " + purpose + " requires of its candidates");
      }
    }
  }
}
