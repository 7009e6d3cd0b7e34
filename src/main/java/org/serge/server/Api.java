package org.serge.server;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The API's views for the pages ({@code org.serge.server.web}): a page shows what the API
 * answers for the same path parameters, so the two cannot drift apart.
 */
public final class Api {
  private Api() {}

  public static JsonNode me(Call call) {
    return CouncilApi.me(call);
  }

  public static JsonNode councils(Call call) {
    return CouncilApi.councils(call);
  }

  public static JsonNode council(Call call) {
    return CouncilApi.council(call);
  }

  public static JsonNode invite(Call call) {
    return CouncilApi.invite(call);
  }

  public static JsonNode proposals(Call call) {
    return DeliberationApi.proposals(call);
  }

  public static JsonNode proposal(Call call) {
    return DeliberationApi.proposal(call);
  }

  public static JsonNode motions(Call call) {
    return MotionApi.motions(call);
  }

  public static JsonNode motion(Call call) {
    return MotionApi.motion(call);
  }

  public static JsonNode events(Call call) {
    return RecordApi.events(call);
  }

  public static JsonNode verify(Call call) {
    return RecordApi.verify(call);
  }

  public static JsonNode myVotes(Call call) {
    return ElectionApi.mine(call);
  }

  public static JsonNode elections(Call call) {
    return ElectionApi.votes(call);
  }

  public static JsonNode election(Call call) {
    return ElectionApi.election(call);
  }

  public static JsonNode budget(Call call) {
    return ElectionApi.round(call);
  }

  public static JsonNode castInElection(Call call) {
    return ElectionApi.castInElection(call);
  }

  public static JsonNode castInBudget(Call call) {
    return ElectionApi.castInBudget(call);
  }

  public static JsonNode receipt(Call call) {
    return ElectionApi.receipt(call);
  }

  public static JsonNode planningRound(Call call) {
    return PlanningApi.round(call);
  }

  /** The plan report, a whole HTML document of its own. */
  public static String planReport(Call call) {
    return PlanningApi.report(call);
  }
}
