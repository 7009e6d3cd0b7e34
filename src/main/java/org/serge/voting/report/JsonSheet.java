package org.serge.voting.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Map;
import org.serge.voting.CountResult;
import org.serge.voting.Round;
import org.serge.voting.Transfer;

/**
 * The JSON count sheet, a shape callers rely on: {@code {"elected":[names],"rounds":[{"round":1,
 * "threshold":n,"tally":{name:n},"elected":[…],"eliminated":[…],"transfers":{from:{to:n}},
 * "exhausted":n,…}]}}; names exactly as in the source, votes as JSON numbers. Also carries
 * rule, title, seats, votesIn, and per round inactive causes, lossToRounding and note.
 */
public final class JsonSheet {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private JsonSheet() {}

  public static ObjectNode tree(CountResult result) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("rule", result.rule());
    root.put("title", result.title());
    root.put("seats", result.seats());
    root.put("votesIn", result.votesIn());
    ArrayNode elected = root.putArray("elected");
    result.elected().forEach(elected::add);
    ArrayNode rounds = root.putArray("rounds");
    for (Round round : result.rounds()) {
      ObjectNode r = rounds.addObject();
      r.put("round", round.number());
      r.put("threshold", round.threshold());
      numbers(r.putObject("tally"), round.tally());
      ArrayNode e = r.putArray("elected");
      round.elected().forEach(e::add);
      ArrayNode x = r.putArray("eliminated");
      round.eliminated().forEach(x::add);
      ObjectNode transfers = r.putObject("transfers");
      for (Transfer t : round.transfers()) {
        numbers(transfers.putObject(t.from()), t.to());
      }
      r.put("exhausted", round.exhausted());
      if (!round.inactive().isEmpty()) {
        numbers(r.putObject("inactive"), round.inactive());
      }
      r.put("lossToRounding", round.lossToRounding());
      if (!round.note().isEmpty()) {
        r.put("note", round.note());
      }
    }
    return root;
  }

  public static String write(CountResult result) {
    try {
      return MAPPER.writeValueAsString(tree(result));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  private static void numbers(ObjectNode node, Map<String, BigDecimal> values) {
    values.forEach(node::put);
  }
}
