package org.serge.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.serge.council.mandate.RecallPutToVote;

/**
 * The CLI's actions through the JSON API alone, end to end, on H2 and on PostgreSQL: a planning
 * round opened by uk's assembly, proposed in, iterated to a plan, the plan and its report read as
 * JSON; and a delegate elected, petitioned against, recalled by the council's vote.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(World.Store.class)
class ApiActionsTest {
  @Parameter World.Store store;

  @Test
  void aRoundOpenedProposedAndIteratedThroughTheApiDraftsAPlanReportedAsJson() {
    try (World world = new World(store)) {
      World.Client cai = world.signedIn("cai");
      String motion = planMotion(cai);
      World.Client.Response bad = cai.post("/api/councils/uk/rounds", "{\"decision\":\"" + motion
          + "\",\"spec\":{\"title\":\"Plan\"}}");
      assertEquals(400, bad.status(), bad.toString());
      assertNotNull(bad.json().get("field"), "the error names the field: " + bad);
      assertEquals("articles.members-act", world.signedIn("bob").post("/api/councils/uk/rounds", "{\"decision\":\""
          + motion + "\",\"spec\":" + MandateMatrixCases.SPEC + "}").json().get("rule").get("id").asText());
      String round = iteratedTwice(world, cai, motion, MandateMatrixCases.SPEC, 5);
      assertEquals("articles.plan-rounds", cai.post("/api/rounds/" + round + "/fallback", null).json().get("rule")
          .get("id").asText(), "a converged round does not fall back");
      JsonNode view = ok(world.anonymous().get("/api/rounds/" + round));
      String plan = view.get("plans").get(0).get("id").asText();
      JsonNode shown = ok(world.anonymous().get("/api/plans/" + plan));
      assertEquals(round, shown.get("plan").get("round").asText());
      assertEquals(2, shown.get("councils").size(), shown.toString());
      JsonNode bread = shown.get("products").get(1);
      assertEquals("bread", bread.get("product").asText());
      assertEquals(10.0, Double.parseDouble(bread.get("supply").asText()), 1e-6, shown.toString());
      JsonNode report = ok(world.anonymous().get("/api/plans/" + plan + "/report"));
      assertEquals(plan, report.get("planId").asText());
      assertTrue(report.get("converged").asBoolean(), report.toString());
      assertEquals(2, report.get("balance").size(), report.toString());
      assertEquals(404, world.anonymous().get("/api/plans/pl-0/report").status());
    }
  }

  @Test
  void aRoundExhaustedWithoutConvergenceFallsBackToThePlanLpThroughTheApi() {
    try (World world = new World(store)) {
      World.Client cai = world.signedIn("cai");
      String round = iteratedTwice(world, cai, planMotion(cai),
          MandateMatrixCases.SPEC.replace("\"maxRounds\":20", "\"maxRounds\":1"), 1);
      assertEquals("exhausted", ok(world.anonymous().get("/api/rounds/" + round)).get("round").get("status").asText());
      assertEquals("articles.members-act", world.signedIn("bob").post("/api/rounds/" + round + "/fallback", null)
          .json().get("rule").get("id").asText(), "bob is not in uk's assembly");
      String plan = field(ok(cai.post("/api/rounds/" + round + "/fallback", null)), "plan");
      assertEquals("fallback", ok(world.anonymous().get("/api/plans/" + plan)).get("plan").get("source").asText());
    }
  }

  @Test
  void aDelegateElectedThroughTheApiIsPetitionedAgainstAndRecalled() {
    try (World world = new World(store, true, false)) {
      List<String> rail = List.of("ana", "bob", "cai", "dan", "eve", "fay");
      String election = field(ok(world.signedIn("ana").post("/api/councils/rail/delegates",
          "{\"member\":\"eve\",\"statement\":\"I will report back.\"}")), "motion");
      voteAllAndClose(world, rail, election);
      JsonNode delegates = ok(world.anonymous().get("/api/councils/rail")).get("delegates");
      assertEquals("eve", delegates.get(0).get("member").asText(), delegates.toString());
      String mandate = delegates.get(0).get("id").asText();
      assertEquals("recall.petition", world.signedIn("gus").post("/api/recall-petitions", "{\"mandate\":\"" + mandate
          + "\",\"grounds\":\"x\"}").json().get("rule").get("id").asText(), "only rail's members petition");
      JsonNode events = ok(world.signedIn("bob").post("/api/recall-petitions", "{\"mandate\":\"" + mandate
          + "\",\"grounds\":\"She voted against our mandate.\"}"));
      String petition = field(events, "petition");
      String recall = recallVote(events);
      for (String signer : List.of("fay", "dan", "cai", "ana")) {
        if (recall == null) {
          recall = recallVote(ok(world.signedIn(signer).post("/api/recall-petitions/" + petition + "/signatures",
              null)));
        }
      }
      assertNotNull(recall, "enough signatures put the recall to the vote");
      assertEquals("articles.recalls", world.signedIn("bob").post("/api/recalls", "{\"mandate\":\"" + mandate
          + "\",\"grounds\":\"again\"}").json().get("rule").get("id").asText(), "one recall vote at a time");
      voteAllAndClose(world, rail, recall);
      assertEquals(0, ok(world.anonymous().get("/api/councils/rail")).get("delegates").size(), "eve is recalled");
      assertEquals("articles.mandates", world.signedIn("eve").post("/api/resignations", "{\"mandate\":\"" + mandate
          + "\"}").json().get("rule").get("id").asText(), "a recalled mandate is not in force");
    }
  }

  /** A plan resolution of uk's assembly, moved, voted and adopted by cai, its only delegate. */
  private static String planMotion(World.Client cai) {
    String motion = field(ok(cai.post("/api/councils/uk/motions", "{\"kind\":\"plan\",\"title\":\"Plan\"}")),
        "motion");
    ok(cai.post("/api/motions/" + motion + "/votes", "{\"choice\":\"yes\"}"));
    ok(cai.post("/api/motions/" + motion + "/close", null));
    return motion;
  }

  /**
   * A round opened on {@code motion}: rail makes 10 bread from 5 grain, docks {@code grain} grain;
   * iterations 0 and 1 closed. With 5 grain iteration 1 converges.
   */
  private static String iteratedTwice(World world, World.Client cai, String motion, String spec, int grain) {
    String round = field(ok(cai.post("/api/councils/uk/rounds", "{\"decision\":\"" + motion + "\",\"spec\":"
        + spec + "}")), "round");
    ok(world.signedIn("ana").post("/api/rounds/" + round + "/proposals", "{\"council\":\"rail\",\"product\":"
        + "\"bread\",\"output\":\"10\",\"inputs\":{\"grain\":5},\"hours\":\"10\"}"));
    ok(world.signedIn("gus").post("/api/rounds/" + round + "/proposals", "{\"council\":\"docks\",\"product\":"
        + "\"grain\",\"output\":\"" + grain + "\",\"hours\":\"2.5\"}"));
    ok(cai.post("/api/rounds/" + round + "/iterations", null));
    ok(cai.post("/api/rounds/" + round + "/iterations", null));
    return round;
  }

  private static void voteAllAndClose(World world, List<String> voters, String motion) {
    for (String m : voters) {
      ok(world.signedIn(m).post("/api/motions/" + motion + "/votes", "{\"choice\":\"yes\"}"));
    }
    ok(world.signedIn(voters.getFirst()).post("/api/motions/" + motion + "/close", null));
  }

  private static String recallVote(JsonNode answer) {
    for (JsonNode e : answer.get("events")) {
      if (e.get("type").asText().equals(RecallPutToVote.TYPE)) {
        return e.get("payload").get("motion").asText();
      }
    }
    return null;
  }

  private static JsonNode ok(World.Client.Response r) {
    assertEquals(200, r.status(), r.toString());
    return r.json();
  }

  private static String field(JsonNode answer, String field) {
    return answer.get("events").get(0).get("payload").get(field).asText();
  }
}
