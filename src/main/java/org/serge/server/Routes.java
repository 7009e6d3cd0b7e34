package org.serge.server;

import static org.serge.server.Schemas.array;
import static org.serge.server.Schemas.bool;
import static org.serge.server.Schemas.integer;
import static org.serge.server.Schemas.nullable;
import static org.serge.server.Schemas.object;
import static org.serge.server.Schemas.ref;
import static org.serge.server.Schemas.string;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.serge.server.Route.Endpoint;
import org.serge.server.web.AccountPages;
import org.serge.server.web.CouncilPages;
import org.serge.server.web.ProposalPages;
import org.serge.server.web.RecordPages;

/**
 * Every route of the server, in one visible place: the JSON API under {@code /api}, the
 * OpenAPI document, and the pages. The server registers exactly these, and
 * {@code /openapi.json} is made from them. Mandates, recall and the constitution are
 * listed in {@link MandateRoutes}, elections and budget rounds in {@link ElectionRoutes}, planning rounds in {@link PlanningRoutes}, to keep each file short.
 */
public final class Routes {
  private Routes() {}

  static final ObjectNode EVENTS = ref("Events");
  static final String EVENTS_EXAMPLE = "{'events':[{'seq':42,'time':'2026-11-25T10:00:00.000Z',"
      + "'scope':'council:rail','actor':'member:ana','type':'proposal.made','payload':{'council':'rail',"
      + "'proposal':'p-42','kind':'ordinary','title':'Night buses','text':'Run night buses on line 4.'},"
      + "'prevHash':'" + "ab".repeat(32) + "','hash':'" + "cd".repeat(32) + "','signature':'" + "A".repeat(86)
      + "==','signer':'0123456789abcdef'}]}";
  private static final String SESSION_EXAMPLE = "{'member':'ana','csrf':'" + "x".repeat(43) + "'}";

  public static List<Route> all() {
    return java.util.stream.Stream.of(governing(), MandateRoutes.all(), ElectionRoutes.all(),
        PlanningRoutes.all())
        .flatMap(List::stream).toList();
  }

  private static List<Route> governing() {
    return List.of(
        // ---- sessions and accounts
        get("/api/session", "session", "The session: who is signed in, and the CSRF token for changes",
            session(), SESSION_EXAMPLE, SessionApi::session),
        post("/api/session", "signIn", "Sign in (rate limited per login and per address)", false,
            object().req("login", string()).req("password", string()).closed(), "{'login':'ana','password':'correct horse battery'}",
            session(), SESSION_EXAMPLE, SessionApi::signIn),
        post("/api/session/end", "signOut", "Sign out", false, null, null, session(),
            "{'member':null,'csrf':'" + "y".repeat(43) + "'}", SessionApi::signOut),
        post("/api/accounts", "join", "Join a council with an invitation: register, be admitted by the inviter, sign in",
            false, object().req("invitation", string()).req("member", string()).req("name", string())
                .opt("email", string()).req("password", string()).closed(),
            "{'invitation':'" + "t".repeat(43) + "','member':'gil','name':'Gil','email':'gil@example.org',"
                + "'password':'correct horse battery'}", session(), "{'member':'gil','csrf':'" + "z".repeat(43) + "'}",
            SessionApi::join),
        get("/api/me", "me", "My councils, their federations and my mandates", object().req("member", ref("Member"))
            .req("councils", array(ref("Council"))).req("federations", array(ref("Council")))
            .req("mandates", array(ref("Mandate"))).open(), ME_EXAMPLE, CouncilApi::me).acting(),
        // ---- councils and members
        get("/api/councils", "councils", "Every council and federation", object().req("councils", array(ref("Council")))
            .open(), "{'councils':[" + COUNCIL + "]}", CouncilApi::councils),
        get("/api/councils/{council}", "council", "A council: members, delegates, constitution in plain words",
            councilView(), COUNCIL_VIEW_EXAMPLE, CouncilApi::council),
        act("/api/councils", "createCouncil", "Create a council in a federation (CreateCouncil)",
            object().req("council", string()).req("name", string()).opt("kind", string()).req("parent", string())
                .closed(), "{'council':'trams','name':'Tram workers','kind':'workplace','parent':'uk'}",
            CouncilApi::create),
        act("/api/councils/{council}/members", "admitMember", "Admit a registered person (AdmitMember)",
            object().req("member", string()).closed(), "{'member':'gil'}", CouncilApi::admit),
        act("/api/councils/{council}/leave", "leaveCouncil", "Leave the council (LeaveCouncil)", null, null,
            CouncilApi::leave),
        post("/api/councils/{council}/invitations", "invite", "Make an invitation link to join the council", true,
            null, null, object().req("council", string()).req("link", string()).open(),
            "{'council':'rail','link':'/join/" + "t".repeat(43) + "'}", CouncilApi::invite),
        get("/api/members/{member}", "member", "A member: memberships and mandates in force",
            object().req("member", ref("Member")).req("memberships", array(ref("Membership")))
                .req("mandates", array(ref("Mandate"))).open(),
            "{'member':" + MEMBER + ",'memberships':[],'mandates':[]}", CouncilApi::member),
        // ---- deliberation
        get("/api/councils/{council}/proposals", "proposals", "A page of the council's proposals, newest first"
            + " (?offset, ?limit)", object().req("proposals", array(ref("Proposal"))).req("total", integer()).open(),
            "{'proposals':[" + PROPOSAL + "],'total':1}", DeliberationApi::proposals),
        act("/api/councils/{council}/proposals", "propose", "Make a proposal (Propose)",
            object().opt("kind", string()).req("title", string()).req("text", string()).closed(),
            "{'kind':'ordinary','title':'Night buses','text':'Run night buses on line 4.'}", DeliberationApi::propose),
        get("/api/proposals/{proposal}", "proposal", "A proposal: versions, amendments, debate, motion, decisions"
            + " with minority reports; hidden content with its reason", proposalView(), PROPOSAL_VIEW_EXAMPLE,
            DeliberationApi::proposal),
        act("/api/proposals/{proposal}/versions", "reviseProposal", "Revise it, as its author (ReviseProposal)",
            object().req("title", string()).req("text", string()).opt("note", string()).closed(),
            "{'title':'Night buses','text':'Run night buses on lines 4 and 5.','note':'line 5 too'}",
            DeliberationApi::revise),
        act("/api/proposals/{proposal}/withdraw", "withdrawProposal", "Withdraw it (WithdrawProposal)", null, null,
            DeliberationApi::withdraw),
        act("/api/proposals/{proposal}/motion", "putProposalToVote", "Put it to the vote (PutProposalToVote)", null,
            null, DeliberationApi::putToVote),
        act("/api/proposals/{proposal}/amendments", "proposeAmendment", "Propose an amendment (ProposeAmendment)",
            object().req("title", string()).req("text", string()).opt("reason", string()).closed(),
            "{'title':'Night buses','text':'Run night buses on every line.','reason':'fairer'}",
            DeliberationApi::amend),
        act("/api/amendments/{amendment}/accept", "acceptAmendment", "Accept it, as the proposal's author"
            + " (AcceptAmendment)", null, null, DeliberationApi::accept),
        act("/api/amendments/{amendment}/motion", "putAmendmentToVote", "Put it to the vote (PutAmendmentToVote)",
            null, null, DeliberationApi::putAmendmentToVote),
        act("/api/amendments/{amendment}/withdraw", "withdrawAmendment", "Withdraw it (WithdrawAmendment)", null,
            null, DeliberationApi::withdrawAmendment),
        act("/api/comments", "comment", "Comment on a proposal, amendment or decision, or reply to a comment"
            + " (AddComment)", object().req("on", string()).req("text", string()).closed(),
            "{'on':'p-42','text':'Line 4 needs it most.'}", DeliberationApi::comment),
        get("/api/decisions/{decision}", "decision", "A decision with its minority reports and their signatures",
            ref("PublishedDecision"), DECISION, DeliberationApi::decision),
        act("/api/decisions/{decision}/minority-reports", "writeMinorityReport", "Write a minority report"
            + " (WriteMinorityReport)", object().req("title", string()).req("text", string()).closed(),
            "{'title':'Why we voted no','text':'The cost falls on night workers.'}", DeliberationApi::writeReport),
        act("/api/minority-reports/{report}/signatures", "signMinorityReport", "Sign a minority report"
            + " (SignMinorityReport)", null, null, DeliberationApi::signReport),
        act("/api/content/{content}/hidings", "hideContent", "Hide content with a reason, as a moderator"
            + " (HideContent)", object().req("reason", string()).closed(), "{'reason':'a personal attack'}",
            DeliberationApi::hide),
        act("/api/hidings/{hiding}/appeals", "appealHiding", "Appeal against a hiding, as the author (AppealHiding)",
            object().req("grounds", string()).closed(), "{'grounds':'It was criticism, not an attack.'}",
            DeliberationApi::appeal),
        act("/api/councils/{council}/moderators", "electModerator", "Move to elect a moderator (ElectModerator)",
            object().req("member", string()).opt("statement", string()).closed(),
            "{'member':'bob','statement':'Fair and calm.'}", DeliberationApi::electModerator),
        // ---- motions and votes
        get("/api/councils/{council}/motions", "motions", "The council's motions",
            object().req("motions", array(ref("Motion"))).open(), "{'motions':[" + MOTION + "]}", MotionApi::motions),
        act("/api/councils/{council}/motions", "openMotion", "Put a resolution to the council (OpenMotion)",
            object().opt("kind", string()).req("title", string()).opt("text", string()).closed(),
            "{'kind':'ordinary','title':'Thank the night staff','text':''}", MotionApi::open),
        get("/api/motions/{motion}", "motion", "A motion with its named votes", motionView(), MOTION_VIEW_EXAMPLE,
            MotionApi::motion),
        act("/api/motions/{motion}/votes", "castVote", "Vote yes, no or abstain by name (CastVote)",
            object().req("choice", string()).closed(), "{'choice':'yes'}", MotionApi::vote),
        act("/api/motions/{motion}/close", "closeMotion", "Close it when due or when all have voted (CloseMotion)",
            null, null, MotionApi::close),
        // ---- the public record
        get("/api/record/events", "events", "Events from ?from (default 1), at most ?limit (default 100)",
            object().req("events", array(ref("Event"))).req("next", nullable("integer")).req("size", integer())
                .open(), EVENTS_EXAMPLE.substring(0, EVENTS_EXAMPLE.length() - 1) + ",'next':null,'size':42}",
            RecordApi::events),
        post("/api/record/verify", "verify", "Verify the whole record: hash chain, signatures, and the tables"
            + " rebuilt from the events", false, null, null, object().req("ok", bool()).req("events_checked", integer())
                .req("message", string()).req("tables_match", bool()).req("differing_tables", array(string())).open(),
            "{'ok':true,'events_checked':42,'message':'42 events check out','tables_match':true,'differing_tables':[]}",
            RecordApi::verify),
        get("/openapi.json", "openapi", "This document", object().req("openapi", string()).open(),
            "{'openapi':'3.1.0'}", call -> OpenApi.document(all())),
        // ---- pages (HTML)
        page("GET", "/", "home", "Home: my councils and federations", CouncilPages::home),
        page("GET", "/sign-in", "signInPage", "Sign in", AccountPages::signIn),
        page("GET", "/join/{token}", "joinPage", "Join a council with an invitation", AccountPages::join),
        page("GET", "/councils/{council}", "councilPage", "A council: members, delegates, constitution, proposals,"
            + " motions", CouncilPages::council),
        page("GET", "/councils/{council}/proposals", "proposalsPage", "A page of the council's proposals, newest"
            + " first (?offset)", CouncilPages::proposals),
        page("GET", "/proposals/{proposal}", "proposalPage", "A proposal: versions, amendments, debate, vote,"
            + " decision and minority reports", ProposalPages::proposal),
        page("GET", "/motions/{motion}", "motionPage", "A motion and its named votes", ProposalPages::motion),
        page("POST", "/councils/{council}/invite", "invitePage", "Make an invitation link and show it",
            CouncilPages::invited).acting(),
        page("GET", "/record", "recordPage", "The public record, with a verify button", RecordPages::record),
        page("POST", "/record/verify", "verifyPage", "Verify the record and show the result", RecordPages::verified));
  }

  // ---- row builders

  static Route get(String path, String op, String summary, ObjectNode response, String example, Endpoint e) {
    return new Route("GET", path, op, summary, false, false, null, response, null, example, e);
  }

  static Route post(String path, String op, String summary, boolean acts, ObjectNode request,
      String requestExample, ObjectNode response, String responseExample, Endpoint e) {
    return new Route("POST", path, op, summary, acts, false, request, response, requestExample, responseExample, e);
  }

  /** A core action submitted as the signed-in member; answers with the events recorded. */
  static Route act(String path, String op, String summary, ObjectNode request, String example, Endpoint e) {
    return post(path, op, summary, true, request, example, EVENTS, EVENTS_EXAMPLE, e);
  }

  static Route page(String method, String path, String op, String summary, Endpoint e) {
    return new Route(method, path, op, summary, false, true, null, null, null, null, e);
  }

  private static ObjectNode session() {
    return object().req("member", nullable("string")).req("csrf", string()).closed();
  }

  private static ObjectNode councilView() {
    return object().req("council", ref("Council"))
        .req("members", array(object().req("member", string()).req("name", string()).req("since", nullable("string"))
            .open()))
        .req("delegates", array(ref("Mandate"))).req("constitution", array(ref("Rule")))
        .req("federations", array(ref("Council"))).req("councils", array(ref("Council"))).open();
  }

  private static ObjectNode proposalView() {
    return object().req("proposal", ref("Proposal")).req("versions", array(ref("ProposalVersion")))
        .req("comments", array(ref("Comment"))).req("amendments", array(ref("Amendment")))
        .req("decisions", array(ref("PublishedDecision")))
        .req("motion", Schemas.oneOf(ref("Motion"), Schemas.none())).open();
  }

  private static ObjectNode motionView() {
    ObjectNode schema = object().req("id", string()).req("votes", array(ref("Vote"))).open();
    schema.putArray("allOf").add(ref("Motion"));
    return schema;
  }

  // ---- examples (single quotes for readability; checked against the schemas by OpenApiTest)

  private static final String COUNCIL = "{'id':'rail','name':'Rail workers','kind':'workplace','parent':'uk',"
      + "'constitution':'{}','created':'2026-11-25T10:00:00.000Z','seq':12}";
  private static final String MEMBER = "{'id':'ana','name':'Ana','registered':'2026-11-25T10:00:00.000Z','seq':3}";
  private static final String PROPOSAL = "{'id':'p-42','council':'rail','kind':'ordinary','author':'ana',"
      + "'title':'Night buses','version':1,'status':'open','motion':null,'decision':null,'hiding':null,"
      + "'created':'2026-11-25T10:00:00.000Z','seq':42}";
  private static final String MOTION = "{'id':'m-50','council':'rail','kind':'ordinary','title':'Night buses',"
      + "'text':'Run night buses on line 4.','subject_type':'proposal','subject_id':'p-42','opened_by':'member:ana',"
      + "'opened':'2026-11-26T10:00:00.000Z','closes':'2026-12-03T10:00:00.000Z','status':'open','yes':null,"
      + "'no':null,'abstain':null,'entitled':null,'seq':50,'closed_seq':null}";
  private static final String VOTE = "{'id':'m-50/bob','motion':'m-50','voter':'bob','choice':'yes',"
      + "'time':'2026-11-26T11:00:00.000Z','seq':51}";
  private static final String MOTION_VIEW_EXAMPLE = MOTION.substring(0, MOTION.length() - 1) + ",'votes':[" + VOTE + "]}";
  private static final String DECISION = "{'id':'d-60','council':'rail','motion':'m-50','kind':'ordinary',"
      + "'subject_type':'proposal','subject_id':'p-42','proposal':'p-42','version':1,'outcome':'adopted',"
      + "'rule':'decisions.ordinary','yes':4,'no':2,'abstain':0,'entitled':6,'recorded':'2026-12-03T10:00:00.000Z',"
      + "'seq':60,'minority_reports':[{'id':'r-61','council':'rail','decision':'d-60','author':'cai',"
      + "'title':'Why we voted no','text':'The cost falls on night workers.','route':'losing-side',"
      + "'status':'attached','signatures':1,'hiding':null,'written':'2026-12-03T11:00:00.000Z',"
      + "'attached':'2026-12-03T11:00:00.000Z','seq':61,'signed_by':['cai']}],'comments':[]}";
  private static final String ME_EXAMPLE = "{'member':" + MEMBER + ",'councils':[" + COUNCIL + "],"
      + "'federations':[],'mandates':[]}";
  private static final String COUNCIL_VIEW_EXAMPLE = "{'council':" + COUNCIL + ",'members':[{'member':'ana',"
      + "'name':'Ana','since':'2026-11-25T10:00:00.000Z'}],'delegates':[],'constitution':[{'id':'decisions.ordinary',"
      + "'text':'An ordinary decision needs a quorum of 1/2 and a majority.'}],'federations':[],'councils':[]}";
  private static final String PROPOSAL_VIEW_EXAMPLE = "{'proposal':" + PROPOSAL + ",'versions':[{'id':'p-42/v1',"
      + "'proposal':'p-42','version':1,'title':'Night buses','text':'Run night buses on line 4.','author':'ana',"
      + "'source':'proposed','amendment':null,'decision':null,'note':'','created':'2026-11-25T10:00:00.000Z',"
      + "'seq':42}],'comments':[{'id':'c-43','council':'rail','subject':'p-42','parent':null,'author':'bob',"
      + "'text':'Rude words','hiding':'h-44','created':'2026-11-25T10:05:00.000Z','seq':43,"
      + "'hidden':{'hiding':'h-44','reason':'a personal attack','by':'dan'}}],'amendments':[],'decisions':[],"
      + "'motion':null}";
}
