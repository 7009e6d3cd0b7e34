package org.serge.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.serge.InvalidInputException;
import org.serge.council.Action;
import org.serge.council.Polity;
import org.serge.council.Row;
import org.serge.council.election.BudgetRound;
import org.serge.council.election.CastBallot;
import org.serge.council.election.CloseBudgetRound;
import org.serge.council.election.CloseElection;
import org.serge.council.election.Election;
import org.serge.council.election.Elections;
import org.serge.council.election.Elector;
import org.serge.council.election.OpenBudgetRound;
import org.serge.council.election.OpenElection;
import org.serge.council.election.Receipts;
import org.serge.server.auth.Tokens;

/**
 * Handlers of secret elections and participatory-budget rounds: thin, each a read through the
 * core's {@link Elections} and {@link Receipts} queries or one core action ({@code OpenElection},
 * {@code CastBallot}, {@code CloseElection}, …), the same the CLI submits. What must be random
 * (ballot ids, receipt secrets, the shuffle's seed) is drawn here, at the edge. No handler reads
 * the ballot box: sealed ballots appear in no answer, and the receipt secret only in the answer
 * to the voter who cast it.
 */
final class ElectionApi {
  private static final SecureRandom RANDOM = new SecureRandom();

  private ElectionApi() {}

  /** A council's elections and budget rounds, oldest first. */
  static JsonNode votes(Call call) {
    String council = call.existing("council", p -> p.councils);
    return call.read(p -> {
      ObjectNode node = Json.MAPPER.createObjectNode();
      node.set("elections", Json.rows(Elections.of(p, council)));
      node.set("budgets", Json.rows(Elections.roundsOf(p, council)));
      return node;
    });
  }

  /** The open elections and budget rounds the signed-in member is entitled to, and whether they voted. */
  static JsonNode mine(Call call) {
    String member = call.actor().memberId();
    return call.read(p -> {
      ObjectNode node = Json.MAPPER.createObjectNode();
      ArrayNode open = node.putArray("open");
      for (Election e : p.elections.rows()) {
        entry(p, open, e.id(), e.council(), e.title(), e.closes(), e.isOpen(), member);
      }
      for (BudgetRound r : p.budgetRounds.rows()) {
        entry(p, open, r.id(), r.council(), r.title(), r.closes(), r.isOpen(), member);
      }
      return node;
    });
  }

  private static void entry(Polity p, ArrayNode open, String id, String council, String title, String closes,
      boolean isOpen, String member) {
    Elector elector = isOpen ? p.electors.find(Elector.id(id, member)).orElse(null) : null;
    if (elector != null) {
      open.addObject().put("id", id).put("council", council).put("title", title).put("closes", closes)
          .put("voted", elector.hasVoted());
    }
  }

  /** An election: its row, candidates, the register (who voted: public), and once closed the published ballots. */
  static JsonNode election(Call call) {
    String id = call.existing("election", p -> p.elections);
    return view(call, id, "election", p -> p.elections.find(id).orElseThrow(), "candidates",
        p -> Elections.candidates(p, id));
  }

  /** A budget round: its row, projects, the register, and once closed the published ballots. */
  static JsonNode round(Call call) {
    String id = call.existing("round", p -> p.budgetRounds);
    return view(call, id, "round", p -> p.budgetRounds.find(id).orElseThrow(), "projects",
        p -> Elections.projects(p, id));
  }

  /** What an election's and a budget round's views share: the row, what stands, the register, the ballots. */
  private static JsonNode view(Call call, String id, String name, Function<Polity, Row> row, String listed,
      Function<Polity, List<? extends Row>> standing) {
    return call.read(p -> {
      ObjectNode node = Json.MAPPER.createObjectNode();
      node.set(name, Json.row(row.apply(p)));
      node.set(listed, Json.rows(standing.apply(p)));
      node.set("electors", Json.rows(Elections.electors(p, id)));
      node.set("ballots", Json.rows(Elections.published(p, id)));
      return node;
    });
  }

  static JsonNode openElection(Call call) {
    String council = call.existing("council", p -> p.councils);
    List<OpenElection.Nominee> nominees = new ArrayList<>();
    for (JsonNode c : list(call, "candidates")) {
      nominees.add(new OpenElection.Nominee(field(c, "candidates", "id"), field(c, "candidates", "name")));
    }
    String seats = call.text("seats");
    String method = call.text("method");
    String purpose = call.text("purpose");
    return Json.events(call.submit(new OpenElection(council, call.required("title"),
        seats == null ? 1 : number(seats, "seats"), method == null ? "scottish" : method,
        purpose == null ? "general" : purpose, nominees)));
  }

  static JsonNode openBudget(Call call) {
    String council = call.existing("council", p -> p.councils);
    List<OpenBudgetRound.Item> items = new ArrayList<>();
    for (JsonNode project : list(call, "projects")) {
      JsonNode cost = project.get("cost");
      if (cost == null || !cost.isIntegralNumber()) {
        throw new InvalidInputException(null, 0, "projects", "every project needs a whole-number cost");
      }
      items.add(new OpenBudgetRound.Item(field(project, "projects", "id"), field(project, "projects", "name"),
          cost.asLong()));
    }
    return Json.events(call.submit(new OpenBudgetRound(council, call.required("title"),
        number(call.required("budget"), "budget"), call.text("method"), items)));
  }

  /** Casts the signed-in member's ballot in an election; answers with the events and the receipt secret. */
  static ObjectNode castInElection(Call call) {
    return cast(call, call.existing("election", p -> p.elections));
  }

  /** Casts the signed-in member's approval ballot in a budget round; as {@link #castInElection}. */
  static ObjectNode castInBudget(Call call) {
    return cast(call, call.existing("round", p -> p.budgetRounds));
  }

  private static ObjectNode cast(Call call, String vote) {
    String secret = Tokens.random();
    ObjectNode node = Json.events(call.submit(new CastBallot(vote, Marks.of(call), Tokens.random(),
        Receipts.hash(secret))));
    node.put("receipt_secret", secret);
    return node;
  }

  static JsonNode closeElection(Call call) {
    return close(call, new CloseElection(call.existing("election", p -> p.elections), RANDOM.nextLong()));
  }

  static JsonNode closeBudget(Call call) {
    return close(call, new CloseBudgetRound(call.existing("round", p -> p.budgetRounds), RANDOM.nextLong()));
  }

  private static JsonNode close(Call call, Action action) {
    return Json.events(call.submit(action));
  }

  /**
   * Checks a receipt ({@code serge election receipt}): {@code published} with the ballot sealed
   * with this secret, {@code sealed} while it waits in the box, or {@code not-found}. Names no voter.
   */
  static JsonNode receipt(Call call) {
    String vote = call.required("election");
    String secret = call.required("secret");
    if (!call.read(p -> p.elections.contains(vote) || p.budgetRounds.contains(vote))) {
      throw ApiError.notFound("election", vote);
    }
    return call.read(p -> {
      ObjectNode node = Json.MAPPER.createObjectNode().put("election", vote);
      var published = Receipts.check(p, vote, secret);
      if (published.isPresent()) {
        return node.put("status", "published").put("ballot", published.get().ballot());
      }
      return node.put("status", Receipts.sealed(p, vote, secret) ? "sealed" : "not-found").putNull("ballot");
    });
  }

  /**
   * A list field: a JSON array, or from a form a text of one entry a line, as the CLI writes
   * them: {@code ID=NAME} (candidates), {@code ID=NAME:COST} (projects).
   */
  private static JsonNode list(Call call, String field) {
    JsonNode value = call.body().get(field);
    if (call.fromForm() && value != null && value.isTextual()) {
      ArrayNode entries = Json.MAPPER.createArrayNode();
      int line = 0;
      for (String text : value.asText().split("\\R")) {
        line++;
        if (!text.isBlank()) {
          entries.add(entry(text.strip(), field, line));
        }
      }
      return entries;
    }
    if (value == null || !value.isArray()) {
      throw new InvalidInputException(null, 0, field, "must be a list");
    }
    return value;
  }

  private static ObjectNode entry(String text, String field, int line) {
    int eq = text.indexOf('=');
    ObjectNode entry = Json.MAPPER.createObjectNode().put("id", (eq < 0 ? text : text.substring(0, eq)).strip());
    String rest = eq < 0 ? text : text.substring(eq + 1).strip();
    int colon = rest.lastIndexOf(':');
    if (field.equals("projects")) {
      if (eq < 1 || colon < 0) {
        throw new InvalidInputException(null, line, field, "'" + text + "' is not ID=NAME:COST");
      }
      entry.put("cost", number(rest.substring(colon + 1), field));
      rest = rest.substring(0, colon).strip();
    }
    return entry.put("name", rest);
  }

  private static String field(JsonNode entry, String list, String name) {
    JsonNode value = entry.get(name);
    if (value == null || !value.isValueNode()) {
      throw new InvalidInputException(null, 0, list, "every entry needs a '" + name + "'");
    }
    return value.asText();
  }

  private static long number(String text, String field) {
    try {
      return Long.parseLong(text.strip());
    } catch (NumberFormatException e) {
      throw new InvalidInputException(null, 0, field, "'" + text + "' is not a whole number");
    }
  }
}
