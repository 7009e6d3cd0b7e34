package org.serge.server;

import static org.serge.server.AuthorizationMatrixTest.MEMBERS_ACT;
import static org.serge.server.AuthorizationMatrixTest.OK;
import static org.serge.server.AuthorizationMatrixTest.SIGN_IN;
import static org.serge.server.AuthorizationMatrixTest.expect;
import static org.serge.server.AuthorizationMatrixTest.members;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.serge.council.election.CastBallot;
import org.serge.council.election.Elections;
import org.serge.council.election.OpenBudgetRound;
import org.serge.council.election.OpenElection;
import org.serge.council.election.Receipts;
import org.serge.server.AuthorizationMatrixTest.Case;
import org.serge.server.AuthorizationMatrixTest.Request;

/**
 * The matrix rows of secret elections, budget rounds and planning rounds: every route × every role, as
 * {@link AuthorizationMatrixTest} runs them. Each case opens a fresh vote through the core, so
 * that one role's ballot does not change what the next may do.
 */
final class ElectionMatrixCases {
  static final String SECRET_BALLOT = "articles.secret-ballot";
  static final String COUNTING = "articles.counting";

  private ElectionMatrixCases() {}

  static List<Case> cases() {
    List<Case> c = new ArrayList<>();
    String marks = "{\"marks\":[]}";
    c.add(new Case("myVotes", (w, r) -> new Request("GET", "/api/me/votes", null), expect(SIGN_IN, OK, OK, OK, OK)));
    c.add(new Case("elections", (w, r) -> new Request("GET", "/api/councils/rail/elections", null),
        expect(OK, OK, OK, OK, OK)));
    c.add(new Case("openElection", (w, r) -> new Request("POST", "/api/councils/rail/elections",
        "{\"title\":\"Chair\",\"method\":\"irv\",\"candidates\":[{\"id\":\"ana\",\"name\":\"Ana\"}]}"),
        members(MEMBERS_ACT)));
    c.add(new Case("openBudget", (w, r) -> new Request("POST", "/api/councils/rail/budgets",
        "{\"title\":\"Budget\",\"budget\":100,\"projects\":[{\"id\":\"p\",\"name\":\"P\",\"cost\":50}]}"),
        members(MEMBERS_ACT)));
    c.add(new Case("election", (w, r) -> new Request("GET", "/api/elections/" + election(w, "ana", "rail"), null),
        expect(OK, OK, OK, OK, OK)));
    c.add(new Case("budget", (w, r) -> new Request("GET", "/api/budgets/" + round(w, "ana", "rail"), null),
        expect(OK, OK, OK, OK, OK)));
    c.add(new Case("castBallot", (w, r) -> new Request("POST", "/api/elections/" + election(w, "ana", "rail")
        + "/ballots", "{\"marks\":[\"ana\"]}"), members(MEMBERS_ACT)));
    c.add(new Case("castBallot", (w, r) -> new Request("POST", "/api/elections/" + election(w, "cai", "uk")
        + "/ballots", marks), expect(SIGN_IN, MEMBERS_ACT, MEMBERS_ACT, OK, MEMBERS_ACT)));
    c.add(new Case("castBallot", (w, r) -> new Request("POST", "/api/elections/" + votedAs(w, r,
        election(w, "ana", "rail")) + "/ballots", marks),
        expect(SIGN_IN, MEMBERS_ACT, SECRET_BALLOT, SECRET_BALLOT, SECRET_BALLOT)));
    c.add(new Case("castBudgetBallot", (w, r) -> new Request("POST", "/api/budgets/" + round(w, "ana", "rail")
        + "/ballots", "{\"marks\":[\"p\"]}"), members(MEMBERS_ACT)));
    c.add(new Case("closeElection", (w, r) -> new Request("POST", "/api/elections/" + election(w, "ana", "rail")
        + "/close", null), expect(SIGN_IN, MEMBERS_ACT, COUNTING, COUNTING, COUNTING)));
    c.add(new Case("closeElection", (w, r) -> new Request("POST", "/api/elections/" + allVoted(w,
        election(w, "ana", "rail")) + "/close", null), members(MEMBERS_ACT)));
    c.add(new Case("closeBudget", (w, r) -> new Request("POST", "/api/budgets/" + round(w, "ana", "rail")
        + "/close", null), expect(SIGN_IN, MEMBERS_ACT, COUNTING, COUNTING, COUNTING)));
    c.add(new Case("closeBudget", (w, r) -> new Request("POST", "/api/budgets/" + allVoted(w,
        round(w, "ana", "rail")) + "/close", null), members(MEMBERS_ACT)));
    c.add(new Case("checkReceipt", (w, r) -> new Request("POST", "/api/receipts", "{\"election\":\""
        + election(w, "ana", "rail") + "\",\"secret\":\"nobody's\"}"), expect(OK, OK, OK, OK, OK)));
    String production = "{\"council\":\"rail\",\"product\":\"bread\",\"output\":\"10\",\"hours\":\"9\","
        + "\"inputs\":{\"grain\":5}}";
    c.add(new Case("planningRound", (w, r) -> new Request("GET", "/api/rounds/" + PlanningScene.round(w), null),
        expect(OK, OK, OK, OK, OK)));
    c.add(new Case("proposeInRound", (w, r) -> new Request("POST", "/api/rounds/" + PlanningScene.round(w)
        + "/proposals", production), expect(SIGN_IN, "cycle.own-council", OK, OK, OK)));
    c.add(new Case("closeIteration", (w, r) -> new Request("POST", "/api/rounds/" + PlanningScene.round(w)
        + "/iterations", null), expect(SIGN_IN, MEMBERS_ACT, MEMBERS_ACT, OK, MEMBERS_ACT)));
    return c;
  }

  /** An election opened by {@code opener} in {@code council}, with three candidates. */
  static String election(World w, String opener, String council) {
    return w.made(opener, new OpenElection(council, "Chair " + AuthorizationMatrixTest.id(), 1, "irv", "general",
        List.of(new OpenElection.Nominee("ana", "Ana"), new OpenElection.Nominee("bob", "Bob"),
            new OpenElection.Nominee("cai", "Cai"))), "election");
  }

  static String round(World w, String opener, String council) {
    return w.made(opener, new OpenBudgetRound(council, "Budget " + AuthorizationMatrixTest.id(), 100, null,
        List.of(new OpenBudgetRound.Item("p", "P", 50), new OpenBudgetRound.Item("q", "Q", 80))), "round");
  }

  /** The vote, with a ballot already cast by {@code role} when they are entitled. */
  static String votedAs(World w, String role, String vote) {
    boolean entitled = w.record.read(p -> Elections.electors(p, vote).stream().anyMatch(e -> e.member().equals(role)));
    if (entitled) {
      w.act(role, ballot(vote));
    }
    return vote;
  }

  /** The vote, with a blank ballot cast by everyone entitled. */
  static String allVoted(World w, String vote) {
    for (var elector : w.record.read(p -> Elections.electors(p, vote))) {
      w.act(elector.member(), ballot(vote));
    }
    return vote;
  }

  static CastBallot ballot(String vote) {
    return new CastBallot(vote, List.of(), UUID.randomUUID().toString().replace("-", ""),
        Receipts.hash(UUID.randomUUID().toString()));
  }
}
