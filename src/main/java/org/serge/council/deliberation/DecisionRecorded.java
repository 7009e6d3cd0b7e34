package org.serge.council.deliberation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.serge.council.Payload;
import org.serge.council.Polity;
import org.serge.council.Stamp;
import org.serge.council.motion.Motion;

/**
 * A motion on a proposal, an amendment, an appeal or a moderator closed, and its outcome is
 * recorded as a decision, whatever it was: the tally is the closed motion's, {@code rule} the
 * constitution's rule that applied, {@code version} the proposal's version voted on (for an
 * adopted amendment, the version it makes; else null). The subject takes the outcome.
 */
public record DecisionRecorded(
    String council, String decision, String motion, String subjectType, String subjectId, String outcome,
    String rule, Long version) implements DeliberationFact {
  public static final String TYPE = "decision.recorded";

  public static DecisionRecorded read(Payload p) {
    JsonNode version = p.node().get("version");
    return new DecisionRecorded(p.text("council"), p.text("decision"), p.text("motion"), p.text("subjectType"),
        p.text("subjectId"), p.text("outcome"), p.text("rule"),
        version == null || version.isNull() ? null : p.integer("version"));
  }

  /** The decision recorded at the closing of {@code motion}, with the rule that applied to its kind. */
  public static DecisionRecorded of(Polity polity, Motion motion, long seq, Long version) {
    return new DecisionRecorded(motion.council(), Decision.id(seq), motion.id(), motion.subjectType(),
        motion.subjectId(), motion.status(), polity.constitution(motion.council()).decision(motion.kind()).id(),
        version);
  }

  public String type() {
    return TYPE;
  }

  public ObjectNode payload() {
    ObjectNode p = Payload.object();
    p.put("council", council);
    p.put("decision", decision);
    p.put("motion", motion);
    p.put("subjectType", subjectType);
    p.put("subjectId", subjectId);
    p.put("outcome", outcome);
    p.put("rule", rule);
    p.put("version", version);
    return p;
  }

  public void apply(Polity polity, Stamp stamp) {
    requireId(stamp, "decision", decision, "d-");
    Motion m = polity.motion(motion);
    require(stamp, "council", council, m.council());
    require(stamp, "subjectType", subjectType, m.subjectType());
    require(stamp, "subjectId", subjectId, m.subjectId());
    require(stamp, "outcome", outcome, m.status());
    if (m.isOpen()) {
      throw bad(stamp, "motion", motion + " is still open");
    }
    String proposal = switch (subjectType) {
      case "proposal" -> subjectId;
      case "amendment" -> Deliberation.amendment(polity, subjectId).proposal();
      default -> null;
    };
    polity.decisions.put(new Decision(decision, council, motion, m.kind(), subjectType, subjectId, proposal, version,
        outcome, rule, m.yes(), m.no(), m.abstain(), m.entitled(), stamp.timeText(), stamp.seq()));
    switch (subjectType) {
      case "proposal" -> polity.proposals.put(Deliberation.proposal(polity, subjectId).withStatus(outcome, null,
          decision));
      case "amendment" -> polity.amendments.put(Deliberation.amendment(polity, subjectId).withStatus(outcome, null,
          decision, null));
      case "appeal" -> decideAppeal(polity, stamp);
      case "moderator" -> polity.member(subjectId);
      // delegates, recalls, the constitution and plans: the facts that follow the decision change their subjects
      case "delegate", "mandate", "constitution", "ratification", "override", "plan" -> { }
      default -> throw bad(stamp, "subjectType", "no decision is recorded on a " + subjectType);
    }
  }

  private void decideAppeal(Polity polity, Stamp stamp) {
    Appeal appeal = polity.appeals.find(motion).orElseThrow(() -> bad(stamp, "motion", motion + " is no appeal"));
    polity.appeals.put(appeal.decided(outcome, decision));
    Hiding hiding = Deliberation.hiding(polity, subjectId);
    switch (outcome) {
      case "rejected" -> polity.hidings.put(hiding.withStatus("upheld", null, decision));
      case "lapsed" -> polity.hidings.put(hiding.withStatus("hidden", null, null));
      default -> { } // adopted: content.restored follows and ends the hiding
    }
  }
}
