package org.serge.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.serge.InvalidInputException;

/**
 * The marks of a ballot as a request carries them, before the core's {@code CastBallot} checks
 * them against the candidates: the JSON API sends {@code {"marks": [ids…]}}; a ballot page's form
 * (which works without JavaScript) sends a numbered choice per candidate, {@code rank-ID=N}
 * (ranked methods), a tick per candidate or project, {@code mark-ID=on} (approval and budgets),
 * or one choice, {@code mark=ID} (plurality). Nothing here decides what a valid ballot is.
 */
final class Marks {
  static final String RANK = "rank-";
  static final String MARK = "mark-";

  private Marks() {}

  static List<String> of(Call call) {
    JsonNode body = call.body();
    if (!call.fromForm()) {
      JsonNode marks = body.get("marks");
      if (marks == null || !marks.isArray()) {
        throw new InvalidInputException(null, 0, "marks", "must be a list of ids (empty for a blank ballot)");
      }
      List<String> result = new ArrayList<>();
      marks.forEach(m -> result.add(m.asText()));
      return result;
    }
    Map<String, Long> ranks = new HashMap<>();
    List<String> ticked = new ArrayList<>();
    for (var field : body.properties()) {
      String name = field.getKey();
      String value = field.getValue().isNull() ? "" : field.getValue().asText().strip();
      if (name.startsWith(RANK) && !value.isEmpty()) {
        ranks.put(name.substring(RANK.length()), rank(name, value));
      } else if (name.startsWith(MARK) && !value.isEmpty()) {
        ticked.add(name.substring(MARK.length()));
      } else if (name.equals("mark") && !value.isEmpty()) {
        ticked.add(value);
      }
    }
    if (ranks.values().stream().distinct().count() < ranks.size()) {
      throw new InvalidInputException(null, 0, "ranking", "two candidates have the same number: number each once");
    }
    List<String> ranking = new ArrayList<>(ranks.keySet());
    ranking.sort(Comparator.comparing(ranks::get));
    ranking.addAll(ticked);
    return ranking;
  }

  private static long rank(String field, String value) {
    try {
      long n = Long.parseLong(value);
      if (n < 1) {
        throw new InvalidInputException(null, 0, field, "a rank is 1 or more");
      }
      return n;
    } catch (NumberFormatException e) {
      throw new InvalidInputException(null, 0, field, "'" + value + "' is not a rank");
    }
  }
}
