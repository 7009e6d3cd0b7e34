package org.serge.cli.demo;

import java.nio.file.Path;
import java.util.List;
import org.serge.budgeting.BudgetRules;
import org.serge.budgeting.Impact;
import org.serge.budgeting.PbInstance;
import org.serge.formats.BltReader;
import org.serge.formats.PbReader;
import org.serge.voting.Contest;
import org.serge.voting.CountResult;
import org.serge.voting.ScottishStv;

/**
 * The counting part of {@code serge demo}, on real ballots: a delegate election by Scottish
 * STV (the Almond ward of Edinburgh's 2017 election stands in for a council electing its
 * delegates) and a participatory budget by Equal Shares (Wieliczka's 2023 Green Budget).
 */
final class VotesDemo {
  static final String ELECTION = "elections/scotland-edinburgh-2017/ward01-almond.blt";
  static final String BUDGET = "pb/pabulib/Poland_Wieliczka_2023_Green_Budget.pb";

  /** What the counts gave. */
  record Result(String electionTitle, CountResult election, long voters, String budgetFile, String rule,
      long budget, long spent, int projects, List<String> funded, Impact impact, long budgetVoters,
      boolean matchesOfficial) {}

  private VotesDemo() {}

  static Result run(Path data) {
    Contest contest = BltReader.read(data.resolve(ELECTION));
    CountResult count = new ScottishStv().count(contest);
    PbInstance pb = PbReader.read(data.resolve(BUDGET));
    String rule = pb.meta().getOrDefault("rule", "equalshares/add1");
    List<Integer> selected = BudgetRules.byId(rule).select(pb);
    List<Integer> official = java.util.stream.IntStream.range(0, pb.projects().size())
        .filter(p -> Boolean.TRUE.equals(pb.projects().get(p).selected())).boxed().toList();
    boolean matchesOfficial = new java.util.HashSet<>(selected).equals(new java.util.HashSet<>(official));
    List<String> funded = selected.stream().map(p -> pb.projects().get(p).id()).toList();
    return new Result(count.title(), count, contest.voters(), BUDGET, rule, pb.budget(), pb.cost(selected),
        pb.projects().size(), funded, Impact.of(pb, selected), pb.ballots().size(), matchesOfficial);
  }
}
