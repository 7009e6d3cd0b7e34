package org.serge.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.serge.council.Council;
import org.serge.council.Mandate;
import org.serge.council.Member;
import org.serge.council.Membership;
import org.serge.council.deliberation.Amendment;
import org.serge.council.deliberation.Comment;
import org.serge.council.deliberation.Decision;
import org.serge.council.deliberation.Hiding;
import org.serge.council.deliberation.MinorityReport;
import org.serge.council.deliberation.Proposal;
import org.serge.council.deliberation.ProposalVersion;
import org.serge.council.deliberation.ReportSignature;
import org.serge.council.election.BudgetProject;
import org.serge.council.election.BudgetRound;
import org.serge.council.election.Candidate;
import org.serge.council.election.Election;
import org.serge.council.election.Elector;
import org.serge.council.election.PublishedBallot;
import org.serge.council.motion.Motion;
import org.serge.council.motion.Vote;
import org.serge.council.planning.PlanningRound;
import org.serge.council.planning.RoundIteration;
import org.serge.council.planning.RoundPlan;
import org.serge.council.planning.RoundProposal;

/**
 * JSON Schemas (2020-12, as OpenAPI 3.1 uses) of the API's bodies: a small builder, and the
 * named components. Row schemas are made from the same column lists the query tables use, so
 * a new column shows up here by itself.
 */
public final class Schemas {
  private Schemas() {}

  /** Columns holding whole numbers; every other column holds text. */
  private static final Set<String> NUMBERS = Set.of("seq", "version", "yes", "no", "abstain", "entitled",
      "signatures", "base_version", "end_seq", "closed_seq");
  /** Content tables: their rows may carry {@code hidden}. */
  private static final Set<String> CONTENT = Set.of("Proposal", "Amendment", "Comment", "MinorityReport");

  public static ObjectNode string() {
    return type("string");
  }

  public static ObjectNode integer() {
    return type("integer");
  }

  public static ObjectNode bool() {
    return type("boolean");
  }

  /** Only null. */
  public static ObjectNode none() {
    return type("null");
  }

  public static ObjectNode nullable(String type) {
    ObjectNode s = Json.MAPPER.createObjectNode();
    s.putArray("type").add(type).add("null");
    return s;
  }

  public static ObjectNode array(ObjectNode items) {
    ObjectNode s = type("array");
    s.set("items", items);
    return s;
  }

  public static ObjectNode ref(String component) {
    return Json.MAPPER.createObjectNode().put("$ref", "#/components/schemas/" + component);
  }

  public static ObjectNode oneOf(ObjectNode... options) {
    ObjectNode s = Json.MAPPER.createObjectNode();
    ArrayNode list = s.putArray("oneOf");
    for (ObjectNode o : options) {
      list.add(o);
    }
    return s;
  }

  /** An object schema, built field by field. */
  public static Obj object() {
    return new Obj();
  }

  /** Builds an object schema; {@link #closed()} refuses unknown fields (for request bodies). */
  public static final class Obj {
    private final ObjectNode schema = type("object");
    private final ObjectNode properties = schema.putObject("properties");
    private final ArrayNode required = schema.putArray("required");

    public Obj req(String name, ObjectNode type) {
      properties.set(name, type);
      required.add(name);
      return this;
    }

    public Obj opt(String name, ObjectNode type) {
      properties.set(name, type);
      return this;
    }

    public ObjectNode closed() {
      schema.put("additionalProperties", false);
      return schema;
    }

    public ObjectNode open() {
      return schema;
    }
  }

  /** Every named schema, for {@code components.schemas}. */
  public static Map<String, ObjectNode> components() {
    Map<String, ObjectNode> c = new LinkedHashMap<>();
    c.put("Error", object().req("error", string()).opt("field", nullable("string"))
        .opt("rule", ref("Rule")).open());
    c.put("Rule", object().req("id", string()).req("text", string()).open());
    c.put("Event", object().req("seq", integer()).req("time", string()).req("scope", string())
        .req("actor", string()).req("type", string()).req("payload", type("object")).req("prevHash", string())
        .req("hash", string()).req("signature", string()).req("signer", string()).closed());
    c.put("Events", object().req("events", array(ref("Event"))).open());
    c.put("Hidden", object().req("hiding", string()).req("reason", string()).req("by", string()).closed());
    row(c, "Council", Council.COLUMNS);
    row(c, "Member", Member.COLUMNS);
    row(c, "Membership", Membership.COLUMNS);
    row(c, "Mandate", Mandate.COLUMNS);
    row(c, "Motion", Motion.COLUMNS);
    row(c, "Vote", Vote.COLUMNS);
    row(c, "Proposal", Proposal.COLUMNS);
    row(c, "ProposalVersion", ProposalVersion.COLUMNS);
    row(c, "Amendment", Amendment.COLUMNS);
    row(c, "Comment", Comment.COLUMNS);
    row(c, "Decision", Decision.COLUMNS);
    row(c, "MinorityReport", MinorityReport.COLUMNS);
    row(c, "ReportSignature", ReportSignature.COLUMNS);
    row(c, "Hiding", Hiding.COLUMNS);
    ObjectNode published = row(Decision.COLUMNS);
    ((ObjectNode) published.get("properties")).set("minority_reports", array(ref("MinorityReport")));
    ((ArrayNode) published.get("required")).add("minority_reports");
    c.put("PublishedDecision", published);
    elections(c);
    planning(c);
    return c;
  }

  /** Secret elections and budget rounds: their numbers are named per table ({@code elected} is a list in one, a rank in another). */
  private static void elections(Map<String, ObjectNode> c) {
    c.put("Election", row(Election.COLUMNS, Set.of("seats", "entitled", "voted", "seq", "closed_seq")));
    c.put("Candidate", row(Candidate.COLUMNS, Set.of("position", "elected")));
    c.put("BudgetRound", row(BudgetRound.COLUMNS, Set.of("budget", "entitled", "voted", "spent", "seq", "closed_seq")));
    c.put("BudgetProject", row(BudgetProject.COLUMNS, Set.of("cost", "position", "supporters", "selected")));
    c.put("Elector", row(Elector.COLUMNS, Set.of("voted_seq")));
    c.put("PublishedBallot", row(PublishedBallot.COLUMNS, Set.of("position")));
  }

  /** Planning rounds: their iterations, the proposals in force, the plans drafted. */
  private static void planning(Map<String, ObjectNode> c) {
    c.put("PlanningRound", row(PlanningRound.COLUMNS, Set.of("iteration", "phase_start", "seq")));
    ObjectNode iteration = row(RoundIteration.COLUMNS, Set.of("number", "seq"));
    ((ObjectNode) iteration.get("properties")).set("converged", bool());
    c.put("RoundIteration", iteration);
    c.put("RoundProposal", row(RoundProposal.COLUMNS, Set.of("replaced_seq", "seq")));
    c.put("RoundPlan", row(RoundPlan.COLUMNS, Set.of("iteration", "seq", "decided_seq")));
  }

  private static void row(Map<String, ObjectNode> components, String name, List<String> columns) {
    ObjectNode schema = row(columns, NUMBERS);
    if (CONTENT.contains(name)) {
      ((ObjectNode) schema.get("properties")).set("hidden", ref("Hidden"));
    }
    components.put(name, schema);
  }

  private static ObjectNode row(List<String> columns) {
    return row(columns, NUMBERS);
  }

  private static ObjectNode row(List<String> columns, Set<String> numbers) {
    Obj o = object();
    for (String column : columns) {
      o.req(column, numbers.contains(column) ? nullable("integer") : nullable("string"));
    }
    return o.open();
  }

  private static ObjectNode type(String type) {
    return Json.MAPPER.createObjectNode().put("type", type);
  }
}
