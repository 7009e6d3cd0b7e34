package org.serge.cli.demo;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import org.serge.council.Action;
import org.serge.council.Actor;
import org.serge.council.PublicRecord;
import org.serge.council.election.BudgetCounted;
import org.serge.council.election.CastBallot;
import org.serge.council.election.CloseBudgetRound;
import org.serge.council.election.CloseElection;
import org.serge.council.election.ElectionCounted;
import org.serge.council.election.ElectionOpened;
import org.serge.council.election.OpenBudgetRound;
import org.serge.council.election.OpenElection;
import org.serge.council.election.Receipts;
import org.serge.record.Event;

/**
 * Secret ballots on the record as the demo casts them, playing the adapter's part: a fresh
 * random ballot id and receipt secret for every ballot and a random shuffle seed at the close
 * (from {@link SecureRandom}: nothing in the record may link a ballot to its voter). The
 * voters' choices are the caller's.
 */
final class SecretVotes {
  private final PublicRecord record;
  private final SecureRandom random = new SecureRandom();

  SecretVotes(PublicRecord record) {
    this.record = record;
  }

  /** An election counted: its id and who was elected, in the order of election. */
  record Counted(String id, List<String> elected) {}

  /** Opens an election as {@code opener}, casts every ballot ({@code ballots[i]} by {@code voters[i]}), closes it. */
  Counted election(String opener, OpenElection open, List<String> voters, List<List<String>> ballots) {
    String id = only(submit(opener, open), ElectionOpened.TYPE).payload().get("election").asText();
    castAll(id, voters, ballots);
    Event counted = only(submit(opener, new CloseElection(id, random.nextLong())), ElectionCounted.TYPE);
    List<String> elected = java.util.stream.StreamSupport.stream(counted.payload().get("elected").spliterator(), false)
        .map(n -> n.asText()).toList();
    return new Counted(id, elected);
  }

  /** A budget round counted: its id, the projects selected in order, what they cost. */
  record Selected(String id, List<String> projects, long spent) {}

  /** Opens a budget round as {@code opener}, casts every approval ballot, closes it. */
  Selected budget(String opener, OpenBudgetRound open, List<String> voters, List<List<String>> ballots) {
    String id = only(submit(opener, open), org.serge.council.election.BudgetOpened.TYPE).payload().get("round")
        .asText();
    castAll(id, voters, ballots);
    Event counted = only(submit(opener, new CloseBudgetRound(id, random.nextLong())), BudgetCounted.TYPE);
    List<String> selected = java.util.stream.StreamSupport.stream(counted.payload().get("selected").spliterator(),
        false).map(n -> n.asText()).toList();
    return new Selected(id, selected, counted.payload().get("spent").asLong());
  }

  private void castAll(String vote, List<String> voters, List<List<String>> ballots) {
    for (int i = 0; i < voters.size(); i++) {
      submit(voters.get(i), new CastBallot(vote, ballots.get(i), draw(16), Receipts.hash(draw(32))));
    }
  }

  private List<Event> submit(String member, Action action) {
    return record.submit(Actor.member(member), action);
  }

  private static Event only(List<Event> events, String type) {
    return events.stream().filter(e -> e.type().equals(type)).findFirst()
        .orElseThrow(() -> new IllegalStateException("expected a " + type + " event, got " + events));
  }

  private String draw(int bytes) {
    byte[] b = new byte[bytes];
    random.nextBytes(b);
    return HexFormat.of().formatHex(b);
  }
}
