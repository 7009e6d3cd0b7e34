package org.serge.council.election;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.serge.council.Actor;
import org.serge.council.Articles;
import org.serge.council.Electorate;
import org.serge.council.Fact;
import org.serge.council.Polity;
import org.serge.council.Refused;
import org.serge.council.SealedBallot;
import org.serge.council.Times;
import org.serge.council.constitution.DecisionRule;

/** What closing an election and closing a budget round share: who may close, when, and publishing or lapsing. */
final class Closing {
  private Closing() {}

  /** Whether the turnout meets the quorum of the kind; nobody voting never does. */
  static boolean quorate(DecisionRule rule, long voted, long entitled) {
    return voted > 0 && rule.quorate(voted, entitled);
  }

  /**
   * The first fact of a close: {@link BallotsLapsed} without a quorum, else every sealed ballot
   * in one {@link BallotsPublished} batch. The batch's order is the sealed ballots sorted by
   * their random ids, then shuffled by {@code seed}: it depends on neither the casting order
   * nor the order a store reloads the box in.
   *
   * @throws Refused naming {@link ElectionArticles#COUNTING} when it is closed already or not due
   */
  static Fact close(Polity polity, Actor actor, Instant now, SecretVote vote, long seed) {
    if (!vote.isOpen()) {
      throw new Refused(ElectionArticles.COUNTING, vote.id() + " is already " + vote.status());
    }
    String time = Times.text(now);
    if (!actor.isInstance() && !polity.electors.contains(Elector.id(vote.id(), actor.memberId()))
        && !Electorate.includes(polity, vote.council(), actor.memberId(), time)) {
      throw new Refused(Articles.MEMBERS_ACT, actor.memberId() + " does not act in " + vote.council());
    }
    if (time.compareTo(vote.closes()) < 0 && vote.voted() < vote.entitled()) {
      throw new Refused(ElectionArticles.COUNTING, vote.id() + " stays open until " + vote.closes() + ": "
          + vote.voted() + " of " + vote.entitled() + " have voted");
    }
    DecisionRule rule = polity.constitution(vote.council()).decision(vote.kind());
    if (!quorate(rule, vote.voted(), vote.entitled())) {
      return new BallotsLapsed(vote.council(), vote.id(), vote.voted(), vote.entitled(), rule.id());
    }
    List<SealedBallot> sealed = new ArrayList<>(polity.ballotBox.ballots(vote.id()));
    if (sealed.size() != vote.voted()) {
      throw new IllegalStateException("the ballot box of " + vote.id() + " holds " + sealed.size()
          + " ballots but " + vote.voted() + " were cast: the box was tampered with or lost");
    }
    sealed.sort(Comparator.comparing(SealedBallot::id));
    Collections.shuffle(sealed, new Random(seed));
    return new BallotsPublished(vote.council(), vote.id(),
        sealed.stream().map(b -> new BallotsPublished.Published(b.ballot(), b.receipt())).toList());
  }

  /** The published ballots' texts, in batch order. */
  static List<String> texts(BallotsPublished published) {
    return published.ballots().stream().map(BallotsPublished.Published::ballot).toList();
  }
}
