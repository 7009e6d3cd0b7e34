package org.serge.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A planning round through the API and its page: the opening prices, a workplace's revision by
 * the page's form, a closed iteration's excess demand, the plan drafted on convergence and its
 * report.
 */
class PlanningApiTest {
  @Test
  void aRoundIsRevisedByFormIteratedAndItsPlanReported() {
    try (World world = new World()) {
      String round = PlanningScene.round(world);
      JsonNode view = world.anonymous().get("/api/rounds/" + round).json();
      assertEquals(1, view.get("iterations").size(), "iteration 0: the opening prices");
      assertEquals(2, view.get("proposals").size());
      World.Client bob = world.signedIn("bob");
      assertTrue(bob.get("/councils/rail").body().contains("/rounds/" + round), "rail's page lists uk's rounds");
      String page = bob.get("/rounds/" + round).body();
      assertTrue(page.contains("Indicative prices and excess demand") && page.contains("proposal: Rail workers") && page.contains("Revise our proposal"), page);
      assertTrue(page.contains("name=\"input-grain\" value=\"5.0\""), "the form holds the proposal in force: " + page);
      World.Client.Response revised = bob.postForm("/api/rounds/" + round + "/proposals", Map.of("_csrf",
          bob.csrf(), "_next", "/rounds/" + round, "council", "rail", "product", "bread", "output", "10",
          "hours", "9", "input-grain", "5", "input-bread", "", "capacity", ""));
      assertEquals(303, revised.status(), revised.toString());
      assertEquals("cycle.own-council", world.signedIn("hal").post("/api/rounds/" + round + "/proposals",
          "{\"council\":\"rail\",\"product\":\"bread\",\"output\":\"10\",\"hours\":\"9\"}").json().get("rule")
          .get("id").asText(), "only rail's members propose for rail");
      assertEquals(403, bob.post("/api/rounds/" + round + "/iterations", null).status(), "bob is not in uk's assembly");
      assertEquals(200, world.signedIn("cai").post("/api/rounds/" + round + "/iterations", null).status());
      view = world.anonymous().get("/api/rounds/" + round).json();
      assertTrue(view.get("iterations").get(1).get("converged").asBoolean(), view.toString());
      String plan = view.get("plans").get(0).get("id").asText();
      String after = bob.get("/rounds/" + round).body();
      assertTrue(after.contains("converged") && after.contains("/plans/" + plan), after);
      World.Client.Response report = world.anonymous().get("/plans/" + plan);
      assertEquals(200, report.status(), report.toString());
      assertTrue(report.body().contains("plan report"), report.body());
      assertTrue(report.raw().headers().firstValue("Content-Security-Policy").orElseThrow().contains("style-src"));
    }
  }
}
