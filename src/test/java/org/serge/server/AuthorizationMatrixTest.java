package org.serge.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.serge.council.Actor;
import org.serge.council.Electorate;
import org.serge.council.RegisterMember;
import org.serge.council.deliberation.AddComment;
import org.serge.council.deliberation.HideContent;
import org.serge.council.deliberation.ProposeAmendment;
import org.serge.council.deliberation.Propose;
import org.serge.council.deliberation.PutProposalToVote;
import org.serge.council.deliberation.WriteMinorityReport;
import org.serge.council.motion.CastVote;
import org.serge.council.motion.Choice;
import org.serge.council.motion.OpenMotion;

/**
 * Every route of the API × every role — anonymous, member of another council (gus, of docks),
 * member (bob), delegate (cai, rail's delegate to uk), moderator (dan, elected by rail) — each
 * allowed or refused exactly as the constitution says (the rule a refusal names is checked),
 * with 0 unauthorized successes; and every answer valid under the route's OpenAPI schema.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(World.Store.class)
class AuthorizationMatrixTest {
  /** The store under test: every test here runs on H2 and on PostgreSQL. */
  @Parameter World.Store store;
  static final String OK = "ok";
  static final String SIGN_IN = "401";
  static final String MEMBERS_ACT = "articles.members-act";
  static final String AUTHORS = "articles.authors";
  static final String MODERATORS = "moderation.moderators";
  static final String MINORITY = "minority-reports.members";
  static final List<String> ROLES = List.of("anonymous", "gus", "bob", "cai", "dan");

  static World world;
  static Map<String, World.Client> clients = new LinkedHashMap<>();
  static SchemaCheck schemas;
  static JsonNode openApi;
  static final AtomicInteger fresh = new AtomicInteger();
  static String decision;
  static String report;

  /** A request built for one role (its setup done through the core), and what the constitution says of it. */
  record Request(String method, String path, String body) {}

  record Case(String operation, BiFunction<World, String, Request> request, Map<String, String> expected) {}

  @BeforeParameterizedClassInvocation
  static void start(World.Store store) {
    world = new World(store);
    for (String role : ROLES) {
      clients.put(role, role.equals("anonymous") ? world.anonymous() : world.signedIn(role));
    }
    openApi = world.anonymous().get("/openapi.json").json();
    schemas = new SchemaCheck(openApi);
    String p = world.made("ana", new Propose("rail", "ordinary", "Night buses", "Run night buses."), "proposal");
    String motion = world.made("ana", new PutProposalToVote(p), "motion");
    for (String m : List.of("ana", "cai", "dan", "eve", "fay")) {
      world.act(m, new CastVote(motion, Choice.YES));
    }
    world.act("bob", new CastVote(motion, Choice.NO));
    decision = world.decided("ana", motion);
    report = world.made("eve", new WriteMinorityReport(decision, "Costs", "They fall on night workers."), "report");
  }

  @AfterParameterizedClassInvocation
  static void stop() {
    world.close();
  }

  static Map<String, String> expect(String anonymous, String gus, String bob, String cai, String dan) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("anonymous", anonymous);
    m.put("gus", gus);
    m.put("bob", bob);
    m.put("cai", cai);
    m.put("dan", dan);
    return m;
  }

  static Map<String, String> members(String outsider) {
    return expect(SIGN_IN, outsider, OK, OK, OK);
  }

  static String id() {
    return "x" + fresh.incrementAndGet();
  }

  static String proposalBy(World w, String author, String council) {
    return w.made(author, new Propose(council, "ordinary", "Proposal " + id(), "Words."), "proposal");
  }

  /** Who authors "their own" content for a role: gus in docks, the others in rail; ana for anonymous. */
  static String[] own(String role) {
    return switch (role) {
      case "anonymous" -> new String[] {"ana", "rail"};
      case "gus" -> new String[] {"gus", "docks"};
      default -> new String[] {role, "rail"};
    };
  }

  static List<Case> cases() {
    List<Case> c = new ArrayList<>();
    String open = "{\"title\":\"T\",\"text\":\"Words.\"}";
    c.add(new Case("createCouncil", (w, r) -> new Request("POST", "/api/councils",
        "{\"council\":\"" + id() + "\",\"name\":\"New\",\"parent\":\"uk\"}"), expect(SIGN_IN, OK, OK, OK, OK)));
    c.add(new Case("admitMember", (w, r) -> {
      String person = id();
      w.record.submit(Actor.instance(), new RegisterMember(person, "Person"));
      return new Request("POST", "/api/councils/rail/members", "{\"member\":\"" + person + "\"}");
    }, members(MEMBERS_ACT)));
    c.add(new Case("invite", (w, r) -> new Request("POST", "/api/councils/rail/invitations", null),
        members(MEMBERS_ACT)));
    c.add(new Case("propose", (w, r) -> new Request("POST", "/api/councils/rail/proposals", open), members(MEMBERS_ACT)));
    c.add(new Case("propose", (w, r) -> new Request("POST", "/api/councils/uk/proposals", open),
        expect(SIGN_IN, MEMBERS_ACT, MEMBERS_ACT, OK, MEMBERS_ACT)));
    c.add(new Case("reviseProposal", (w, r) -> new Request("POST", "/api/proposals/" + proposalBy(w, "ana", "rail")
        + "/versions", open), expect(SIGN_IN, MEMBERS_ACT, AUTHORS, AUTHORS, AUTHORS)));
    c.add(new Case("reviseProposal", (w, r) -> new Request("POST", "/api/proposals/"
        + proposalBy(w, own(r)[0], own(r)[1]) + "/versions", open), expect(SIGN_IN, OK, OK, OK, OK)));
    c.add(new Case("withdrawProposal", (w, r) -> new Request("POST", "/api/proposals/" + proposalBy(w, "ana", "rail")
        + "/withdraw", null), expect(SIGN_IN, AUTHORS, AUTHORS, AUTHORS, AUTHORS)));
    c.add(new Case("withdrawProposal", (w, r) -> new Request("POST", "/api/proposals/"
        + proposalBy(w, own(r)[0], own(r)[1]) + "/withdraw", null), expect(SIGN_IN, OK, OK, OK, OK)));
    c.add(new Case("putProposalToVote", (w, r) -> new Request("POST", "/api/proposals/" + proposalBy(w, "ana", "rail")
        + "/motion", null), expect(SIGN_IN, MEMBERS_ACT, AUTHORS, AUTHORS, AUTHORS)));
    c.add(new Case("putProposalToVote", (w, r) -> new Request("POST", "/api/proposals/"
        + proposalBy(w, own(r)[0], own(r)[1]) + "/motion", null), expect(SIGN_IN, OK, OK, OK, OK)));
    c.add(new Case("proposeAmendment", (w, r) -> new Request("POST", "/api/proposals/" + proposalBy(w, "ana", "rail")
        + "/amendments", open), members(MEMBERS_ACT)));
    c.add(new Case("acceptAmendment", (w, r) -> new Request("POST", "/api/amendments/"
        + amendment(w, "ana", "rail", "fay") + "/accept", null), expect(SIGN_IN, MEMBERS_ACT, AUTHORS, AUTHORS, AUTHORS)));
    c.add(new Case("acceptAmendment", (w, r) -> new Request("POST", "/api/amendments/"
        + amendment(w, own(r)[0], own(r)[1], r.equals("gus") ? "hal" : "fay") + "/accept", null),
        expect(SIGN_IN, OK, OK, OK, OK)));
    c.add(new Case("putAmendmentToVote", (w, r) -> new Request("POST", "/api/amendments/"
        + amendment(w, "ana", "rail", "fay") + "/motion", null), members(MEMBERS_ACT)));
    c.add(new Case("withdrawAmendment", (w, r) -> new Request("POST", "/api/amendments/"
        + amendment(w, "ana", "rail", "fay") + "/withdraw", null), expect(SIGN_IN, AUTHORS, AUTHORS, AUTHORS, AUTHORS)));
    c.add(new Case("comment", (w, r) -> new Request("POST", "/api/comments",
        "{\"on\":\"" + proposalBy(w, "ana", "rail") + "\",\"text\":\"Yes.\"}"), members(MEMBERS_ACT)));
    c.add(new Case("writeMinorityReport", (w, r) -> new Request("POST", "/api/decisions/" + decision
        + "/minority-reports", open), members(MINORITY)));
    c.add(new Case("signMinorityReport", (w, r) -> new Request("POST", "/api/minority-reports/" + report
        + "/signatures", null), members(MINORITY)));
    c.add(new Case("hideContent", (w, r) -> new Request("POST", "/api/content/" + comment(w, "eve")
        + "/hidings", "{\"reason\":\"rude\"}"), expect(SIGN_IN, MODERATORS, MODERATORS, MODERATORS, OK)));
    c.add(new Case("appealHiding", (w, r) -> new Request("POST", "/api/hidings/" + hiding(w, "eve")
        + "/appeals", "{\"grounds\":\"fair\"}"), expect(SIGN_IN, MEMBERS_ACT, AUTHORS, AUTHORS, AUTHORS)));
    c.add(new Case("appealHiding", (w, r) -> new Request("POST", "/api/hidings/"
        + hiding(w, r.equals("bob") || r.equals("cai") ? r : "eve") + "/appeals", "{\"grounds\":\"fair\"}"),
        expect(SIGN_IN, MEMBERS_ACT, OK, OK, AUTHORS)));
    c.add(new Case("electModerator", (w, r) -> new Request("POST", "/api/councils/rail/moderators",
        "{\"member\":\"fay\"}"), members(MEMBERS_ACT)));
    c.add(new Case("openMotion", (w, r) -> new Request("POST", "/api/councils/rail/motions", open), members(MEMBERS_ACT)));
    c.add(new Case("castVote", (w, r) -> new Request("POST", "/api/motions/" + motion(w, "ana", "rail", false)
        + "/votes", "{\"choice\":\"yes\"}"), members(MEMBERS_ACT)));
    c.add(new Case("castVote", (w, r) -> new Request("POST", "/api/motions/" + motion(w, "cai", "uk", false)
        + "/votes", "{\"choice\":\"no\"}"), expect(SIGN_IN, MEMBERS_ACT, MEMBERS_ACT, OK, MEMBERS_ACT)));
    c.add(new Case("closeMotion", (w, r) -> new Request("POST", "/api/motions/" + motion(w, "ana", "rail", false)
        + "/close", null), expect(SIGN_IN, MEMBERS_ACT, "articles.closing", "articles.closing", "articles.closing")));
    c.add(new Case("closeMotion", (w, r) -> new Request("POST", "/api/motions/" + motion(w, "ana", "rail", true)
        + "/close", null), members(MEMBERS_ACT)));
    c.add(new Case("verify", (w, r) -> new Request("POST", "/api/record/verify", null), expect(OK, OK, OK, OK, OK)));
    c.add(new Case("session", (w, r) -> new Request("GET", "/api/session", null), expect(OK, OK, OK, OK, OK)));
    c.add(new Case("me", (w, r) -> new Request("GET", "/api/me", null), expect(SIGN_IN, OK, OK, OK, OK)));
    for (String[] get : new String[][] {{"councils", "/api/councils"}, {"council", "/api/councils/rail"},
        {"member", "/api/members/ana"}, {"proposals", "/api/councils/rail/proposals"},
        {"proposal", "/api/proposals/PROPOSAL"}, {"decision", "/api/decisions/" + "DECISION"},
        {"motions", "/api/councils/rail/motions"}, {"motion", "/api/motions/MOTION"},
        {"events", "/api/record/events?from=2&limit=5"}, {"openapi", "/openapi.json"}}) {
      c.add(new Case(get[0], (w, r) -> new Request("GET", get[1].replace("PROPOSAL", proposalBy(w, "ana", "rail"))
          .replace("DECISION", decision).replace("MOTION", motion(w, "ana", "rail", false)), null),
          expect(OK, OK, OK, OK, OK)));
    }
    c.addAll(ElectionMatrixCases.cases());
    c.addAll(MandateMatrixCases.cases());
    // Last: leaving changes who acts in rail.
    c.add(new Case("leaveCouncil", (w, r) -> new Request("POST", "/api/councils/rail/leave", null), members(MEMBERS_ACT)));
    return c;
  }

  static String amendment(World w, String author, String council, String amender) {
    return w.made(amender, new ProposeAmendment(proposalBy(w, author, council), "Better", "Better words.", ""),
        "amendment");
  }

  static String comment(World w, String author) {
    return w.made(author, new AddComment(proposalBy(w, "ana", "rail"), "Hm."), "comment");
  }

  static String hiding(World w, String author) {
    return w.made("dan", new HideContent(comment(w, author), "rude"), "hiding");
  }

  static String motion(World w, String mover, String council, boolean allVoted) {
    String m = w.made(mover, OpenMotion.resolution(council, "ordinary", "Resolve " + id(), ""), "motion");
    if (allVoted) {
      String opened = w.record.read(p -> p.motion(m).opened());
      for (String voter : w.record.read(p -> Electorate.at(p, council, opened))) {
        w.act(voter, new CastVote(m, Choice.YES));
      }
    }
    return m;
  }

  @Test
  void everyRouteForEveryRoleIsAllowedOrRefusedAsTheConstitutionSays() {
    List<String> mismatches = new ArrayList<>();
    int unauthorizedSuccesses = 0;
    int checked = 0;
    Set<String> covered = new TreeSet<>();
    for (Case c : cases()) {
      for (String role : ROLES) {
        Request request = c.request().apply(world, role);
        World.Client client = clients.get(role);
        World.Client.Response r = request.method().equals("GET") ? client.get(request.path())
            : client.post(request.path(), request.body());
        String expected = c.expected().get(role);
        String got = r.status() == 200 ? OK : r.status() == 401 ? SIGN_IN
            : r.status() == 403 && r.json().has("rule") ? r.json().get("rule").get("id").asText() : r.toString();
        if (!expected.equals(got)) {
          mismatches.add(c.operation() + " " + request.path() + " as " + role + ": expected " + expected + ", got " + r);
        }
        if (!expected.equals(OK) && r.status() / 100 == 2) {
          unauthorizedSuccesses++;
        }
        checkSchema(c.operation(), r, mismatches);
        covered.add(c.operation());
        checked++;
      }
    }
    assertEquals(List.of(), mismatches);
    assertEquals(0, unauthorizedSuccesses, "unauthorized successes");
    Set<String> apiOperations = new TreeSet<>();
    Routes.all().stream().filter(route -> !route.page()).map(Route::operation).forEach(apiOperations::add);
    apiOperations.removeAll(Set.of("signIn", "signOut", "join")); // tested in SessionTest, not role by role
    apiOperations.removeAll(covered);
    assertEquals(Set.of(), apiOperations, "API routes without a row in the matrix");
    assertTrue(checked > 150, checked + " checks");
  }

  /** A success matches the route's response schema; an error the Error schema. */
  private static void checkSchema(String operation, World.Client.Response r, List<String> mismatches) {
    Route route = Routes.all().stream().filter(x -> x.operation().equals(operation)).findFirst().orElseThrow();
    JsonNode schema = r.status() == 200 ? route.response() : Json.MAPPER.createObjectNode()
        .put("$ref", "#/components/schemas/Error");
    List<String> problems = schemas.problems(schema, r.json());
    if (!problems.isEmpty()) {
      mismatches.add(operation + " answer " + r.status() + " does not match its schema: " + problems);
    }
  }
}
