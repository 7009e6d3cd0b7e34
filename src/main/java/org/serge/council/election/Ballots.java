package org.serge.council.election;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.serge.InvalidInputException;
import org.serge.council.Payload;
import org.serge.council.Polity;
import org.serge.record.CanonicalJson;

/**
 * The one shape of a secret ballot, as canonical JSON: {@code {"ranking":[ids…]}} (most
 * preferred first) for the ranked methods and plurality (which counts the first), and
 * {@code {"approve":[ids…]}} for approval elections and budget rounds, its ids sorted so that
 * the order of marking tells nothing. Nothing else is in a ballot: no voter, time or id.
 */
public final class Ballots {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Ballots() {}

  /** Whether the vote's ballots approve a set rather than rank. */
  static boolean approves(SecretVote vote) {
    return vote instanceof BudgetRound || ((Election) vote).method().equals("approval");
  }

  /**
   * The canonical ballot for these marks; bad input naming field {@code ballot} when a mark
   * is not a candidate (or project) of the vote, repeats, or a plurality ballot marks more than one.
   */
  public static String canonical(Polity polity, SecretVote vote, List<String> marks) {
    Set<String> allowed = new HashSet<>();
    if (vote instanceof Election e) {
      Elections.candidates(polity, e.id()).forEach(c -> allowed.add(c.candidate()));
      if (e.method().equals("plurality") && marks.size() > 1) {
        throw new InvalidInputException(null, 0, "ballot", "a plurality ballot marks one candidate at most");
      }
    } else {
      Elections.projects(polity, vote.id()).forEach(p -> allowed.add(p.project()));
    }
    Set<String> seen = new HashSet<>();
    for (String mark : marks) {
      if (!allowed.contains(mark)) {
        throw new InvalidInputException(null, 0, "ballot", "'" + mark + "' does not stand in " + vote.id());
      }
      if (!seen.add(mark)) {
        throw new InvalidInputException(null, 0, "ballot", "'" + mark + "' is marked twice");
      }
    }
    ObjectNode ballot = Payload.object();
    if (approves(vote)) {
      ballot.set("approve", Payload.texts(List.copyOf(new TreeSet<>(marks))));
    } else {
      ballot.set("ranking", Payload.texts(marks));
    }
    return CanonicalJson.write(ballot);
  }

  /** The marks of a canonical ballot, in its order. */
  public static List<String> marks(String ballot) {
    JsonNode node = parse(ballot);
    JsonNode marks = node.has("ranking") ? node.get("ranking") : node.get("approve");
    List<String> result = new ArrayList<>();
    if (marks != null) {
      marks.forEach(m -> result.add(m.asText()));
    }
    return result;
  }

  static JsonNode parse(String ballot) {
    try {
      return JSON.readTree(ballot);
    } catch (java.io.IOException e) {
      throw new InvalidInputException(null, 0, "ballot", "not JSON: " + e.getMessage());
    }
  }
}
