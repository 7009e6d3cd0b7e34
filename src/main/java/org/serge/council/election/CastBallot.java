package org.serge.council.election;

import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import org.serge.InvalidInputException;
import org.serge.council.Action;
import org.serge.council.Actor;
import org.serge.council.Articles;
import org.serge.council.Fact;
import org.serge.council.Polity;
import org.serge.council.Refused;
import org.serge.council.SealedBallot;
import org.serge.council.Times;

/**
 * Casts a secret ballot in an election or a budget round. Records two things: a public
 * {@code ballot.cast} (who voted, in which election: nothing of the content), and a
 * {@link SealedBallot} that goes to the ballot box, never to the log. Once cast, a ballot is
 * final ({@link ElectionArticles#SECRET_BALLOT}): replacing it would need to find it again,
 * that is to keep a link from voter to ballot.
 *
 * <p>The adapter supplies what must be random, so that {@link #decide} stays deterministic:
 * {@code ballotId}, a fresh random id (16 to 128 letters, digits, {@code -} or {@code _}, never
 * derived from the voter, the time or the seq), and {@code receipt}, the hex SHA-256 of a
 * random secret it gives the voter alone ({@link Receipts#hash}).
 *
 * @param election an election ({@code e-…}) or a budget round ({@code b-…})
 * @param marks candidate ids in order of preference (ranked methods, plurality: one at most),
 *     or the candidates or projects approved; empty for a blank ballot
 */
public record CastBallot(String election, List<String> marks, String ballotId, String receipt) implements Action {
  private static final Pattern BALLOT_ID = Pattern.compile("[A-Za-z0-9_-]{16,128}");
  private static final Pattern RECEIPT = Pattern.compile("[0-9a-f]{64}");

  public CastBallot {
    marks = List.copyOf(marks);
  }

  public List<Fact> decide(Polity polity, Actor actor, Instant now) {
    if (ballotId == null || !BALLOT_ID.matcher(ballotId).matches()) {
      throw new InvalidInputException(null, 0, "ballotId", "not a random ballot id of 16 to 128 characters");
    }
    if (receipt == null || !RECEIPT.matcher(receipt).matches()) {
      throw new InvalidInputException(null, 0, "receipt", "not the hex SHA-256 of a receipt secret");
    }
    SecretVote vote = SecretVote.of(polity, election);
    if (actor.isInstance()) {
      throw new Refused(Articles.INSTANCE, "the instance does not vote");
    }
    String voter = actor.memberId();
    Elector elector = polity.electors.find(Elector.id(election, voter)).orElseThrow(() -> new Refused(
        Articles.MEMBERS_ACT, voter + " was not entitled to vote in " + vote.council() + " when " + election
            + " opened"));
    if (!vote.isOpen() || Times.text(now).compareTo(vote.closes()) >= 0) {
      throw new Refused(ElectionArticles.SECRET_BALLOT, election + " is no longer open: it closed at "
          + vote.closes());
    }
    if (elector.hasVoted()) {
      throw new Refused(ElectionArticles.SECRET_BALLOT, voter + " has already voted in " + election
          + "; a ballot cast is final");
    }
    if (polity.ballotBox.ballots(election).stream().anyMatch(b -> b.id().equals(ballotId))) {
      throw new InvalidInputException(null, 0, "ballotId", "already used: draw another random id");
    }
    String ballot = Ballots.canonical(polity, vote, marks);
    return List.of(new BallotCast(vote.council(), election), new SealedBallot(ballotId, election, ballot, receipt));
  }
}
