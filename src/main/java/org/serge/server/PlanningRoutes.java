package org.serge.server;

import static org.serge.server.Routes.act;
import static org.serge.server.Routes.get;
import static org.serge.server.Routes.page;
import static org.serge.server.Schemas.array;
import static org.serge.server.Schemas.bool;
import static org.serge.server.Schemas.object;
import static org.serge.server.Schemas.ref;
import static org.serge.server.Schemas.string;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.serge.server.web.PlanningPages;

/**
 * The routes of planning rounds: a round with its iterations (indicative prices, excess demand),
 * a council's proposal or revision, the round's page with the revise form, and the plan report.
 * Part of {@link Routes#all()}.
 */
final class PlanningRoutes {
  private PlanningRoutes() {}

  private static final String ROUND = "{'id':'r-90','federation':'uk','title':'Plan 2027','period':'2027',"
      + "'decision':'m-85','spec':'{}','regions':'[]','public_demand':'{}','status':'open','iteration':0,"
      + "'phase_start':1,'plan':null,'opened_by':'member:cai','opened':'2026-11-26T10:00:00.000Z','seq':90}";
  private static final String ITERATION = "{'id':'r-90/0','round':'r-90','number':0,'proposals':'[]','tally':null,"
      + "'largest_excess':null,'converged':false,'prices':'{}','closed_by':'member:cai',"
      + "'closed':'2026-11-27T10:00:00.000Z','seq':94}";
  private static final String PROPOSAL = "{'id':'rp-92','round':'r-90','council':'rail','kind':'production',"
      + "'proposal':'{}','submitted_by':'rail','submitted':'2026-11-26T11:00:00.000Z','status':'current',"
      + "'replaced_seq':null,'seq':92}";

  private static final String PLAN = "{'id':'pl-95','round':'r-90','federation':'uk','iteration':1,'source':'cycle',"
      + "'amends':null,'status':'drafted','motion':null,'decision':null,'figures':'{}',"
      + "'drafted':'2026-11-28T10:00:00.000Z','seq':95,'decided_seq':null}";
  private static final String SPEC = "{'title':'Plan 2027','period':'2027','products':[{'code':'grain','region':'uk'},"
      + "{'code':'bread','region':'uk'}],'resources':[{'code':'co2','limit':'5000'}],'maxHoursPerMember':'60',"
      + "'publicDemand':{'bread':'10'},'budgets':[],'epsilon':'0.01','maxRounds':20,'rule':'cost'}";

  static List<Route> all() {
    ObjectNode amounts = object().open();
    return List.of(
        act("/api/councils/{council}/rounds", "openRound", "Open a planning round in the federation, as its"
            + " assembly decided (OpenRound): the adopted plan motion or decision, and the round's spec in its"
            + " canonical JSON", object().req("decision", string()).req("spec", object().req("title", string())
                .req("products", array(object().req("code", string()).req("region", string()).closed())).open())
                .closed(), "{'decision':'m-85','spec':" + SPEC + "}", PlanningApi::openRound),
        act("/api/rounds/{planning-round}/fallback", "fallBack", "After the most iterations without convergence,"
            + " draft the plan LP's answer from the stated targets (FallBack)", null, null, PlanningApi::fallBack),
        get("/api/plans/{plan}", "plan", "A plan: its row, each council's part, the balance of every product at the"
            + " last prices, its provenance in the record", object().req("plan", ref("RoundPlan"))
                .req("councils", array(object().req("council", string()).req("summary", string()).open()))
                .req("products", array(object().req("product", string()).req("supply", string()).open()))
                .req("provenance", object().open()).open(),
            "{'plan':" + PLAN + ",'councils':[{'council':'rail','name':'Rail workers','kind':'workplace','region':'uk',"
                + "'members':6,'summary':'makes 10.0 bread in 10.0 hours from 5.0 grain','seq':92}],'products':"
                + "[{'product':'bread','region':'uk','supply':'10.0','demand':'10.0','excess':'0.0','price':'1.5'}],"
                + "'hoursWorked':'12.5','hoursOffered':'360.0','provenance':{'opening':90,'drafted':95}}",
            PlanningApi::plan),
        get("/api/plans/{plan}/report", "planReport", "The plan report as JSON: by whom, for whom, to what end,"
            + " the balance and flows, each number citing its event", object().req("planId", string())
                .req("approved", bool()).req("converged", bool()).req("balance", array(object().open())).open(),
            "{'planId':'pl-95','title':'Plan 2027','period':'2027','approved':false,'converged':true,'balance':[]}",
            PlanningApi::reportJson),
        get("/api/rounds/{planning-round}", "planningRound", "A planning round: its iterations with indicative prices"
            + " and tallies of excess demand, the proposals in force, the plans drafted",
            object().req("round", ref("PlanningRound")).req("iterations", array(ref("RoundIteration")))
                .req("proposals", array(ref("RoundProposal"))).req("plans", array(ref("RoundPlan"))).open(),
            "{'round':" + ROUND + ",'iterations':[" + ITERATION + "],'proposals':[" + PROPOSAL + "],'plans':[]}",
            PlanningApi::round),
        act("/api/rounds/{planning-round}/proposals", "proposeInRound", "My council's proposal or revision:"
            + " production when it names a product (ProposeProduction), else demand (ProposeDemand)",
            object().req("council", string()).opt("hours_per_member", string()).opt("quantities", amounts)
                .opt("product", string()).opt("output", string()).opt("inputs", amounts).opt("hours", string())
                .opt("uses", amounts).opt("capacity", string()).closed(),
            "{'council':'rail','product':'bread','output':'10','inputs':{'grain':5},'hours':'10'}",
            PlanningApi::propose),
        act("/api/rounds/{planning-round}/iterations", "closeIteration", "Close the next iteration, as the"
            + " federation's assembly: tally, publish the next prices, draft the plan on convergence (CloseIteration)",
            null, null, PlanningApi::closeIteration),
        page("GET", "/rounds/{planning-round}", "planningRoundPage", "A planning round: my council's proposal,"
            + " indicative prices, excess demand, the revise form, the plans", PlanningPages::round),
        page("GET", "/plans/{plan}", "planReportPage", "The plan report: by whom, for whom, to what end, every"
            + " number linked to its event", PlanningPages::report));
  }
}
