package org.serge.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * An election and a budget round held through the API and the pages' forms: opened, cast
 * (JSON and a form without JavaScript), refused where the core refuses, closed, counted, and
 * each ballot found again by its receipt secret alone.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(World.Store.class)
class ElectionApiTest {
  /** The store under test: every test here runs on H2 and on PostgreSQL. */
  @Parameter World.Store store;
  static final List<String> RAIL = List.of("ana", "bob", "cai", "dan", "eve", "fay");
  static World world;

  @BeforeParameterizedClassInvocation
  static void start(World.Store store) {
    world = new World(store);
  }

  @AfterParameterizedClassInvocation
  static void stop() {
    world.close();
  }

  static String open(World.Client c, String body, String field) {
    World.Client.Response r = c.post("/api/councils/rail/" + (field.equals("round") ? "budgets" : "elections"), body);
    assertEquals(200, r.status(), r.toString());
    return r.json().get("events").get(0).get("payload").get(field).asText();
  }

  @Test
  void aRankedElectionIsCastClosedCountedAndEachReceiptFindsItsBallot() {
    World.Client ana = world.signedIn("ana");
    String e = open(ana, "{\"title\":\"Chair\",\"method\":\"irv\",\"candidates\":[{\"id\":\"ana\",\"name\":\"Ana\"},"
        + "{\"id\":\"bob\",\"name\":\"Bob\"},{\"id\":\"cai\",\"name\":\"Cai\"}]}", "election");
    Map<String, String> secrets = new LinkedHashMap<>();
    Map<String, String> ballots = new LinkedHashMap<>();
    String[] rankings = {"[\"bob\",\"ana\"]", "[\"bob\"]", "[\"cai\",\"bob\"]", "[\"ana\",\"cai\",\"bob\"]",
        "[\"bob\",\"cai\"]", "[]"};
    for (int i = 0; i < RAIL.size(); i++) {
      World.Client voter = world.signedIn(RAIL.get(i));
      World.Client.Response cast = voter.post("/api/elections/" + e + "/ballots", "{\"marks\":" + rankings[i] + "}");
      assertEquals(200, cast.status(), cast.toString());
      assertEquals(List.of("ballot.cast"), types(cast.json()));
      assertFalse(cast.body().contains("ranking"), "the answer carries no ballot: " + cast.body());
      secrets.put(RAIL.get(i), cast.json().get("receipt_secret").asText());
      ballots.put(RAIL.get(i), "{\"ranking\":" + rankings[i].replace(" ", "") + "}");
      if (i == 0) {
        World.Client.Response again = voter.post("/api/elections/" + e + "/ballots", "{\"marks\":[]}");
        assertEquals("articles.secret-ballot", again.json().get("rule").get("id").asText(), "a ballot is final");
        assertEquals("sealed", receipt(e, secrets.get("ana")).get("status").asText());
      }
    }
    World.Client gus = world.signedIn("gus");
    assertEquals("articles.members-act", gus.post("/api/elections/" + e + "/ballots", "{\"marks\":[]}").json()
        .get("rule").get("id").asText());
    assertEquals(400, world.signedIn("bob").post("/api/elections/" + e + "/ballots", "{\"marks\":\"bob\"}").status());
    assertEquals(200, world.signedIn("bob").post("/api/elections/" + e + "/close", null).status());
    JsonNode view = world.anonymous().get("/api/elections/" + e).json();
    assertEquals("counted", view.get("election").get("status").asText());
    assertEquals("[\"bob\"]", view.get("election").get("elected").asText());
    assertEquals(6, view.get("ballots").size());
    secrets.forEach((member, secret) -> {
      JsonNode found = receipt(e, secret);
      assertEquals("published", found.get("status").asText());
      assertEquals(ballots.get(member), found.get("ballot").asText(), member + "'s ballot counted as cast");
    });
    assertEquals("not-found", receipt(e, "a guess").get("status").asText());
    String page = world.anonymous().get("/elections/" + e).body();
    assertTrue(page.contains("Count sheet") && page.contains("Bob (bob)"), page);
  }

  @Test
  void aFormWithoutJavaScriptCastsARankingAndShowsTheReceipt() {
    World.Client ana = world.signedIn("ana");
    String e = open(ana, "{\"title\":\"Secretary\",\"method\":\"scottish\",\"candidates\":[{\"id\":\"ana\","
        + "\"name\":\"Ana\"},{\"id\":\"bob\",\"name\":\"Bob\"},{\"id\":\"cai\",\"name\":\"Cai\"}]}", "election");
    World.Client bob = world.signedIn("bob");
    String ballotPage = bob.get("/elections/" + e).body();
    assertTrue(ballotPage.contains("name=\"rank-cai\"") && ballotPage.contains("Cast my ballot"), ballotPage);
    World.Client.Response same = bob.postForm("/elections/" + e + "/ballot",
        Map.of("_csrf", bob.csrf(), "rank-ana", "1", "rank-cai", "1", "rank-bob", ""));
    assertEquals(400, same.status(), "two candidates numbered 1");
    World.Client.Response cast = bob.postForm("/elections/" + e + "/ballot",
        Map.of("_csrf", bob.csrf(), "rank-ana", "2", "rank-cai", "1", "rank-bob", ""));
    assertEquals(200, cast.status(), cast.toString());
    String secret = cast.body().replaceAll("(?s).*id=\"receipt\" type=\"text\" readonly value=\"([^\"]+)\".*", "$1");
    assertEquals(43, secret.length(), cast.body());
    assertTrue(bob.get("/elections/" + e).body().contains("You have voted"));
    for (String m : List.of("ana", "cai", "dan", "eve", "fay")) {
      world.signedIn(m).post("/api/elections/" + e + "/ballots", "{\"marks\":[\"ana\"]}");
    }
    assertEquals(200, world.signedIn("eve").post("/api/elections/" + e + "/close", null).status());
    assertEquals("{\"ranking\":[\"cai\",\"ana\"]}", receipt(e, secret).get("ballot").asText());
    String checked = bob.postForm("/receipts", Map.of("_csrf", bob.csrf(), "election", e, "secret", secret)).body();
    assertTrue(checked.contains("Your ballot was counted as cast"), checked);
  }

  @Test
  void aBudgetRoundIsApprovedByFormAndSelectedByEqualShares() {
    World.Client ana = world.signedIn("ana");
    String b = open(ana, "{\"title\":\"Station budget\",\"budget\":1000,\"projects\":[{\"id\":\"bikes\","
        + "\"name\":\"Bike racks\",\"cost\":300},{\"id\":\"cafe\",\"name\":\"Night cafe\",\"cost\":800},"
        + "{\"id\":\"lamps\",\"name\":\"Lamps\",\"cost\":200}]}", "round");
    String page = world.signedIn("cai").get("/budgets/" + b).body();
    assertTrue(page.contains("data-cost=\"800\"") && page.contains("data-total"), page);
    for (String m : RAIL) {
      World.Client voter = world.signedIn(m);
      Map<String, String> form = new LinkedHashMap<>(Map.of("_csrf", voter.csrf(), "mark-bikes", "on"));
      if (m.compareTo("c") < 0) {
        form.put("mark-cafe", "on");
      } else {
        form.put("mark-lamps", "on");
      }
      World.Client.Response cast = voter.postForm("/budgets/" + b + "/ballot", form);
      assertEquals(200, cast.status(), cast.toString());
    }
    assertEquals(200, ana.post("/api/budgets/" + b + "/close", null).status());
    JsonNode view = world.anonymous().get("/api/budgets/" + b).json();
    assertEquals("counted", view.get("round").get("status").asText());
    assertEquals("[\"bikes\",\"lamps\"]", view.get("round").get("selected").asText());
    String results = world.anonymous().get("/budgets/" + b).body();
    assertTrue(results.contains("Projects selected") && results.contains("Spent 500 of the budget of 1000"), results);
  }

  @Test
  void theCouncilPageOpensElectionsAndBudgetsByForm() {
    World.Client dan = world.signedIn("dan");
    assertTrue(dan.get("/councils/rail").body().contains("Open an election"));
    assertFalse(world.signedIn("gus").get("/councils/rail").body().contains("Open an election"),
        "forms only for those who act in the council");
    World.Client.Response opened = dan.postForm("/api/councils/rail/elections", Map.of("_csrf", dan.csrf(),
        "_next", "/councils/rail", "title", "Treasurer", "method", "schulze", "seats", "",
        "candidates", "ana=Ana Ash\r\nbob = Bob Birch\r\n\r\ncai"));
    assertEquals(303, opened.status(), opened.toString());
    var election = world.record.read(p -> p.elections.rows().stream().filter(x -> x.title().equals("Treasurer"))
        .findFirst().orElseThrow());
    assertEquals(List.of("Ana Ash", "Bob Birch", "cai"), world.record.read(p ->
        org.serge.council.election.Elections.candidates(p, election.id()).stream().map(c -> c.name()).toList()));
    assertEquals(303, dan.postForm("/api/councils/rail/budgets", Map.of("_csrf", dan.csrf(), "_next", "/",
        "title", "Depot budget", "budget", "500", "method", "greedy", "projects", "roof=New roof:400\nbins=Bins:50"))
        .status());
    World.Client.Response bad = dan.postForm("/api/councils/rail/budgets", Map.of("_csrf", dan.csrf(),
        "title", "Bad", "budget", "500", "method", "greedy", "projects", "roof=New roof"));
    assertEquals(400, bad.status());
    assertTrue(bad.body().contains("is not ID=NAME:COST"), bad.body());
  }

  static JsonNode receipt(String vote, String secret) {
    World.Client.Response r = world.anonymous().post("/api/receipts", "{\"election\":\"" + vote + "\",\"secret\":\""
        + secret + "\"}");
    assertEquals(200, r.status(), r.toString());
    return r.json();
  }

  static List<String> types(JsonNode events) {
    return java.util.stream.StreamSupport.stream(events.get("events").spliterator(), false)
        .map(x -> x.get("type").asText()).toList();
  }
}
