package org.serge.server;

import static org.serge.server.Routes.act;
import static org.serge.server.Routes.get;
import static org.serge.server.Routes.page;
import static org.serge.server.Routes.post;
import static org.serge.server.Schemas.array;
import static org.serge.server.Schemas.bool;
import static org.serge.server.Schemas.integer;
import static org.serge.server.Schemas.nullable;
import static org.serge.server.Schemas.object;
import static org.serge.server.Schemas.ref;
import static org.serge.server.Schemas.string;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.serge.server.web.ElectionPages;

/**
 * The routes of secret elections and participatory-budget rounds: the JSON API, and the pages
 * (ballots usable without JavaScript, the receipt after casting, the receipt check, results with
 * the count sheet). Part of {@link Routes#all()}, listed apart only to keep each file short.
 */
final class ElectionRoutes {
  private ElectionRoutes() {}

  private static final String ELECTION = "{'id':'e-70','council':'rail','title':'Chair of the council','seats':1,"
      + "'method':'irv','purpose':'general','opened_by':'member:ana','opened':'2026-11-26T10:00:00.000Z',"
      + "'closes':'2026-12-03T10:00:00.000Z','status':'open','entitled':6,'voted':2,'rule':'decisions.election',"
      + "'elected':null,'sheet':null,'seq':70,'closed_seq':null}";
  private static final String ROUND = "{'id':'b-80','council':'rail','title':'Station budget 2027','budget':1000,"
      + "'method':'equal-shares','opened_by':'member:ana','opened':'2026-11-26T10:00:00.000Z',"
      + "'closes':'2026-12-26T10:00:00.000Z','status':'open','entitled':6,'voted':0,'rule':'decisions.plan',"
      + "'selected':null,'spent':null,'figures':null,'seq':80,'closed_seq':null}";
  private static final String ELECTOR = "{'id':'e-70/bob','election':'e-70','member':'bob',"
      + "'voted':'2026-11-26T11:00:00.000Z','voted_seq':71}";
  private static final String CAST = "{'events':[{'seq':71,'time':'2026-11-26T11:00:00.000Z','scope':'council:rail',"
      + "'actor':'member:bob','type':'ballot.cast','payload':{'council':'rail','election':'e-70'},'prevHash':'"
      + "ab".repeat(32) + "','hash':'" + "cd".repeat(32) + "','signature':'" + "A".repeat(86) + "==','signer':"
      + "'0123456789abcdef'}],'receipt_secret':'" + "s".repeat(43) + "'}";

  static List<Route> all() {
    ObjectNode cast = object().req("events", array(ref("Event"))).req("receipt_secret", string()).open();
    ObjectNode marks = object().req("marks", array(string())).closed();
    return List.of(
        get("/api/me/votes", "myVotes", "The open elections and budget rounds I am entitled to, and whether I voted",
            object().req("open", array(object().req("id", string()).req("council", string()).req("title", string())
                .req("closes", string()).req("voted", bool()).open())).open(),
            "{'open':[{'id':'e-70','council':'rail','title':'Chair of the council',"
                + "'closes':'2026-12-03T10:00:00.000Z','voted':false}]}", ElectionApi::mine).acting(),
        get("/api/councils/{council}/elections", "elections", "The council's elections and budget rounds",
            object().req("elections", array(ref("Election"))).req("budgets", array(ref("BudgetRound"))).open(),
            "{'elections':[" + ELECTION + "],'budgets':[" + ROUND + "]}", ElectionApi::votes),
        act("/api/councils/{council}/elections", "openElection", "Open a secret election (OpenElection)",
            object().req("title", string()).opt("seats", integer()).opt("method", string()).opt("purpose", string())
                .req("candidates", array(object().req("id", string()).req("name", string()).closed())).closed(),
            "{'title':'Chair of the council','seats':1,'method':'irv','purpose':'general','candidates':"
                + "[{'id':'ana','name':'Ana'},{'id':'bob','name':'Bob'}]}", ElectionApi::openElection),
        act("/api/councils/{council}/budgets", "openBudget", "Open a participatory-budget round (OpenBudgetRound)",
            object().req("title", string()).req("budget", integer()).opt("method", string())
                .req("projects", array(object().req("id", string()).req("name", string()).req("cost", integer())
                    .closed())).closed(),
            "{'title':'Station budget 2027','budget':1000,'method':'equal-shares','projects':"
                + "[{'id':'bikes','name':'Bike racks','cost':300},{'id':'cafe','name':'Night cafe','cost':800}]}",
            ElectionApi::openBudget),
        get("/api/elections/{election}", "election", "An election: candidates, who voted (never what), and once"
            + " closed its published ballots, result and count sheet", object().req("election", ref("Election"))
                .req("candidates", array(ref("Candidate"))).req("electors", array(ref("Elector")))
                .req("ballots", array(ref("PublishedBallot"))).open(),
            "{'election':" + ELECTION + ",'candidates':[{'id':'e-70/ana','election':'e-70','candidate':'ana',"
                + "'name':'Ana','position':1,'elected':null}],'electors':[" + ELECTOR + "],'ballots':[]}",
            ElectionApi::election),
        post("/api/elections/{election}/ballots", "castBallot", "Cast my secret ballot, final: candidate ids in"
            + " order of preference, or those approved (CastBallot); answers with my receipt secret, which no one"
            + " else ever sees", true, marks, "{'marks':['bob','ana']}", cast, CAST, ElectionApi::castInElection),
        act("/api/elections/{election}/close", "closeElection", "Close it when due or all have voted: publish the"
            + " ballots in one shuffled batch and count (CloseElection)", null, null, ElectionApi::closeElection),
        get("/api/budgets/{round}", "budget", "A budget round: projects with costs, who voted, and once closed the"
            + " published ballots and the projects selected", object().req("round", ref("BudgetRound"))
                .req("projects", array(ref("BudgetProject"))).req("electors", array(ref("Elector")))
                .req("ballots", array(ref("PublishedBallot"))).open(),
            "{'round':" + ROUND + ",'projects':[{'id':'b-80/bikes','round':'b-80','project':'bikes',"
                + "'name':'Bike racks','cost':300,'position':1,'supporters':null,'selected':null}],'electors':[],"
                + "'ballots':[]}", ElectionApi::round),
        post("/api/budgets/{round}/ballots", "castBudgetBallot", "Cast my secret approval ballot of projects,"
            + " final (CastBallot); answers with my receipt secret", true, marks, "{'marks':['bikes']}", cast,
            CAST.replace("e-70", "b-80"), ElectionApi::castInBudget),
        act("/api/budgets/{round}/close", "closeBudget", "Close it when due or all have voted: publish the ballots"
            + " and select the projects by its rule (CloseBudgetRound)", null, null, ElectionApi::closeBudget),
        post("/api/receipts", "checkReceipt", "Check a receipt: is the ballot sealed with this secret published"
            + " (and counted as cast), still sealed, or not found", false,
            object().req("election", string()).req("secret", string()).closed(),
            "{'election':'e-70','secret':'" + "s".repeat(43) + "'}", object().req("election", string())
                .req("status", string()).req("ballot", nullable("string")).open(),
            "{'election':'e-70','status':'published','ballot':'{}'}", ElectionApi::receipt),
        // ---- pages
        page("GET", "/elections/{election}", "electionPage", "An election: the ballot (ranked, approval or"
            + " plurality) while open, the result and count sheet once counted", ElectionPages::election),
        page("POST", "/elections/{election}/ballot", "ballotPage", "Cast the ballot and show the receipt secret",
            ElectionPages::cast).acting(),
        page("GET", "/budgets/{round}", "budgetPage", "A budget round: the approval ballot with a running total"
            + " against the budget while open, the projects selected once counted", ElectionPages::budget),
        page("POST", "/budgets/{round}/ballot", "budgetBallotPage", "Cast the budget ballot and show the receipt"
            + " secret", ElectionPages::castBudget).acting(),
        page("GET", "/receipts", "receiptPage", "Check a receipt", ElectionPages::receiptForm),
        page("POST", "/receipts", "receiptCheckedPage", "The receipt's ballot, if published", ElectionPages::receipt));
  }
}
