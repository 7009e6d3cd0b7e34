package org.serge.council.election;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.serge.council.Electorate;
import org.serge.council.Polity;

/** Queries over the election tables, for actions, facts and the pages that list elections and results. */
public final class Elections {
  private Elections() {}

  /** The candidates of an election, in their listed order. */
  public static List<Candidate> candidates(Polity polity, String election) {
    return polity.electionCandidates.rows().stream().filter(c -> c.election().equals(election))
        .sorted(Comparator.comparingLong(Candidate::position)).toList();
  }

  /** The projects of a budget round, in their listed order. */
  public static List<BudgetProject> projects(Polity polity, String round) {
    return polity.budgetProjects.rows().stream().filter(p -> p.round().equals(round))
        .sorted(Comparator.comparingLong(BudgetProject::position)).toList();
  }

  /** Those entitled in an election or budget round, with whether they voted (public), in the order of the register. */
  public static List<Elector> electors(Polity polity, String election) {
    return polity.electors.rows().stream().filter(e -> e.election().equals(election)).toList();
  }

  /** The published ballots of an election or budget round, in batch order; empty before its close. */
  public static List<PublishedBallot> published(Polity polity, String election) {
    List<PublishedBallot> result = new ArrayList<>();
    for (long position = 1; ; position++) {
      PublishedBallot ballot = polity.publishedBallots.find(PublishedBallot.id(election, position)).orElse(null);
      if (ballot == null) {
        return result;
      }
      result.add(ballot);
    }
  }

  /** The elections of a council, oldest first. */
  public static List<Election> of(Polity polity, String council) {
    return polity.elections.rows().stream().filter(e -> e.council().equals(council)).toList();
  }

  /** The budget rounds of a council, oldest first. */
  public static List<BudgetRound> roundsOf(Polity polity, String council) {
    return polity.budgetRounds.rows().stream().filter(r -> r.council().equals(council)).toList();
  }

  /** Enters everyone entitled in the council at {@code time} in the vote's register; returns how many. */
  static long register(Polity polity, String vote, String council, String time) {
    List<String> entitled = Electorate.at(polity, council, time);
    for (String member : entitled) {
      polity.electors.put(new Elector(Elector.id(vote, member), vote, member, null, null));
    }
    return entitled.size();
  }
}
