package org.serge.council.election;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.serge.budgeting.Impact;
import org.serge.budgeting.PbInstance;
import org.serge.budgeting.Project;
import org.serge.council.Payload;
import org.serge.council.Polity;
import org.serge.voting.Ballot;
import org.serge.voting.Contest;
import org.serge.voting.CountResult;
import org.serge.voting.Round;
import org.serge.voting.Transfer;

/**
 * Counts published ballots with the engines of {@code org.serge.voting} and
 * {@code org.serge.budgeting}: at the close, and again on every replay, which compares the
 * recount with what the record says. The results are canonical JSON (decimals as strings),
 * so that a count and its recount compare exactly.
 */
public final class Counts {
  private Counts() {}

  /** An election's result: the elected candidates' ids in order of election, and the count sheet. */
  public record ElectionCount(List<String> elected, ObjectNode sheet) {}

  /** A budget round's result: the selected projects' ids in order of selection, their cost, and "for whom" figures. */
  public record BudgetCount(List<String> selected, long spent, ObjectNode figures) {}

  /**
   * Counts an election's ballots by its method. Candidates are named by id in the sheet (names
   * may repeat; ids do not). Identical ballots are grouped, in the order of their text, so the
   * count cannot depend on the order of the batch.
   */
  public static ElectionCount election(Polity polity, Election election, List<String> ballots) {
    List<String> ids = Elections.candidates(polity, election.id()).stream().map(Candidate::candidate).toList();
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      index.put(ids.get(i), i);
    }
    TreeMap<String, Long> grouped = new TreeMap<>();
    ballots.forEach(b -> grouped.merge(b, 1L, Long::sum));
    List<Ballot> contestBallots = new ArrayList<>();
    grouped.forEach((text, count) -> {
      List<String> marks = Ballots.marks(text);
      int[][] ranks = new int[marks.size()][];
      for (int r = 0; r < ranks.length; r++) {
        ranks[r] = new int[] {index.get(marks.get(r))};
      }
      contestBallots.add(new Ballot(ranks, count));
    });
    Contest contest = new Contest(election.title(), ids, (int) election.seats(), Set.of(), contestBallots);
    CountResult result = Methods.election(election.method()).count(contest);
    return new ElectionCount(result.elected(), sheet(result));
  }

  /** The count sheet: rule, seats, votes in, elected, and every round with its tally, decisions and transfers. */
  static ObjectNode sheet(CountResult result) {
    ObjectNode root = Payload.object();
    root.put("rule", result.rule());
    root.put("seats", result.seats());
    root.put("votesIn", text(result.votesIn()));
    root.set("elected", Payload.texts(result.elected()));
    ArrayNode rounds = root.putArray("rounds");
    for (Round round : result.rounds()) {
      ObjectNode r = rounds.addObject();
      r.put("round", round.number());
      r.put("threshold", text(round.threshold()));
      r.set("tally", numbers(round.tally()));
      r.set("elected", Payload.texts(round.elected()));
      r.set("eliminated", Payload.texts(round.eliminated()));
      ArrayNode transfers = r.putArray("transfers");
      for (Transfer t : round.transfers()) {
        ObjectNode moved = transfers.addObject();
        moved.put("from", t.from());
        moved.put("reason", t.reason());
        moved.set("to", numbers(t.to()));
      }
      r.put("exhausted", text(round.exhausted()));
      r.put("lossToRounding", text(round.lossToRounding()));
      r.put("note", round.note());
    }
    return root;
  }

  /**
   * Selects a budget round's projects by its rule from its approval ballots (each ballot one
   * voter, in batch order), with the "for whom" figures of {@link Impact}.
   */
  public static BudgetCount budget(Polity polity, BudgetRound round, List<String> ballots) {
    List<BudgetProject> listed = Elections.projects(polity, round.id());
    Map<String, Integer> index = new HashMap<>();
    List<Project> projects = new ArrayList<>();
    for (BudgetProject p : listed) {
      index.put(p.project(), projects.size());
      projects.add(new Project(p.project(), p.cost(), List.of(), null));
    }
    List<org.serge.budgeting.Ballot> voters = new ArrayList<>();
    for (int v = 0; v < ballots.size(); v++) {
      int[] approved = Ballots.marks(ballots.get(v)).stream().mapToInt(index::get).toArray();
      long[] points = new long[approved.length];
      java.util.Arrays.fill(points, 1);
      voters.add(new org.serge.budgeting.Ballot("v" + (v + 1), approved, points, Map.of()));
    }
    PbInstance instance = new PbInstance(projects, round.budget(), voters, "approval", Map.of());
    List<Integer> chosen = Methods.budget(round.method()).select(instance);
    Impact impact = Impact.of(instance, chosen);
    ObjectNode figures = Payload.object();
    figures.put("rule", round.method());
    figures.put("voters", ballots.size());
    figures.put("satisfiedShare", text(impact.satisfiedShare()));
    figures.put("spendingPerVoter", text(impact.spendingPerVoter()));
    ArrayNode quartiles = figures.putArray("spendingQuartiles");
    for (double q : impact.spendingQuartiles()) {
      quartiles.add(text(q));
    }
    figures.put("gini", text(impact.gini()));
    ObjectNode supporters = figures.putObject("supporters");
    long[] counts = instance.supportCounts();
    for (int p = 0; p < projects.size(); p++) {
      supporters.put(projects.get(p).id(), counts[p]);
    }
    return new BudgetCount(chosen.stream().map(p -> projects.get(p).id()).toList(), instance.cost(chosen), figures);
  }

  private static ObjectNode numbers(Map<String, BigDecimal> values) {
    ObjectNode node = Payload.object();
    values.forEach((k, v) -> node.put(k, text(v)));
    return node;
  }

  private static String text(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }

  private static String text(double value) {
    return BigDecimal.valueOf(value).toPlainString();
  }
}
