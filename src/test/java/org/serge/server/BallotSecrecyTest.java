package org.serge.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.serge.council.SealedBallot;
import org.serge.council.deliberation.Propose;
import org.serge.council.deliberation.PutProposalToVote;
import org.serge.council.election.OpenBudgetRound;
import org.serge.council.motion.CastVote;
import org.serge.council.motion.Choice;

/**
 * Ballot secrecy through the API and the pages: while the vote is open no answer, to any role
 * (anonymous, a member of another council, the voters themselves afterwards, the moderator),
 * carries a sealed ballot, its id, its receipt hash or a receipt secret; once closed, the
 * published ballots carry nothing that names, times or numbers a voter, and no answer puts a
 * voter beside a ballot. The cast answer itself holds only {@code ballot.cast} and the voter's
 * own secret. Every GET route is visited (a new route with an unknown parameter fails here).
 */
class BallotSecrecyTest {
  static final List<String> ROLES = List.of("anonymous", "gus", "bob", "cai", "dan", "ana");
  static final Set<String> LINKING = Set.of("member", "voter", "actor", "voted", "voted_seq", "seq", "time", "author");
  static final Pattern PARAMETER = Pattern.compile("\\{([a-z-]+)}");

  @ParameterizedTest(name = "on {0}")
  @EnumSource(World.Store.class)
  void noAnswerToAnyRoleLinksAVoterToABallot(World.Store store) {
    try (World world = new World(store)) {
      Map<String, String> parameters = setUp(world);
      String e = parameters.get("election");
      List<String> secrets = new ArrayList<>();
      String[] rankings = {"[\"bob\",\"ana\"]", "[\"bob\"]", "[\"cai\",\"bob\"]", "[\"ana\",\"cai\"]", "[\"cai\"]",
          "[\"ana\"]"};
      List<String> voters = List.of("ana", "bob", "cai", "dan", "eve", "fay");
      for (int i = 0; i < voters.size(); i++) {
        World.Client.Response cast = world.signedIn(voters.get(i)).post("/api/elections/" + e + "/ballots",
            "{\"marks\":" + rankings[i] + "}");
        assertEquals(List.of("ballot.cast"), ElectionApiTest.types(cast.json()), cast.toString());
        assertEquals(Set.of("council", "election"), fields(cast.json().get("events").get(0).get("payload")));
        secrets.add(cast.json().get("receipt_secret").asText());
      }
      List<SealedBallot> sealed = world.record.read(p -> List.copyOf(p.ballotBox.ballots(e)));
      List<String> forbidden = new ArrayList<>(secrets);
      sealed.forEach(b -> forbidden.addAll(List.of(b.id(), b.receipt(), b.ballot())));
      forbidden.add("ranking");
      sweep(world, parameters, forbidden, false);

      assertEquals(200, world.signedIn("eve").post("/api/elections/" + e + "/close", null).status());
      List<String> stillForbidden = new ArrayList<>(secrets);
      sealed.forEach(b -> stillForbidden.add(b.id()));
      sweep(world, parameters, stillForbidden, true);
    }
  }

  /** A proposal, a decision, a motion and a budget round to fill the routes' parameters; an election to vote in. */
  private static Map<String, String> setUp(World world) {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("council", "rail");
    p.put("member", "bob");
    p.put("token", "no-such-invitation");
    p.put("proposal", world.made("ana", new Propose("rail", "ordinary", "Tea", "Free tea."), "proposal"));
    String motion = world.made("ana", new PutProposalToVote(p.get("proposal")), "motion");
    for (String m : List.of("ana", "bob", "cai", "dan", "eve", "fay")) {
      world.act(m, new CastVote(motion, Choice.YES));
    }
    p.put("decision", world.decided("ana", motion));
    p.put("motion", motion);
    p.put("round", world.made("ana", new OpenBudgetRound("rail", "Budget", 100, null,
        List.of(new OpenBudgetRound.Item("p", "P", 50))), "round"));
    p.put("planning-round", PlanningScene.round(world));
    p.put("plan", "no-such-plan");
    p.put("election", ElectionMatrixCases.election(world, "ana", "rail"));
    return p;
  }

  /** Every GET route as every role: no answer holds a forbidden string; closed, published ballots name no one. */
  private static void sweep(World world, Map<String, String> parameters, List<String> forbidden, boolean published) {
    List<String> paths = new ArrayList<>(List.of("/api/record/events?limit=1000", "/record?from=1"));
    for (Route route : Routes.all()) {
      if (!route.method().equals("GET")) {
        continue;
      }
      Matcher m = PARAMETER.matcher(route.path());
      String path = route.path();
      while (m.find()) {
        assertTrue(parameters.containsKey(m.group(1)), "no value for {" + m.group(1) + "} of " + route.path());
        path = path.replace(m.group(), parameters.get(m.group(1)));
      }
      paths.add(path);
    }
    for (String role : ROLES) {
      World.Client client = role.equals("anonymous") ? world.anonymous() : world.signedIn(role);
      for (String path : paths) {
        String body = client.get(path).body();
        for (String secret : forbidden) {
          assertTrue(!body.contains(secret), path + " as " + role + " carries " + secret);
        }
        if (published && (path.startsWith("/api/") || path.equals("/openapi.json"))) {
          noVoterBesideABallot(world, client.get(path).json(), path + " as " + role);
        }
      }
    }
  }

  /** Any object holding a ballot or a receipt holds nothing that names, times or numbers a voter. */
  private static void noVoterBesideABallot(World world, JsonNode node, String where) {
    if (node.isObject()) {
      if (node.has("ballot") || node.has("receipt")) {
        Set<String> names = fields(node);
        names.retainAll(LINKING);
        assertEquals(Set.of(), names, where + ": a published ballot beside " + names);
      }
      if (node.path("type").asText().equals("ballots.published")) {
        node.get("payload").get("ballots").forEach(b -> assertEquals(Set.of("ballot", "receipt"), fields(b), where));
      }
    }
    node.forEach(child -> noVoterBesideABallot(world, child, where));
  }

  private static Set<String> fields(JsonNode node) {
    Set<String> names = new java.util.TreeSet<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
