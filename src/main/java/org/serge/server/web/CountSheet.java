package org.serge.server.web;

import static org.serge.server.web.Html.e;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An election's result as a page shows it: who was elected, in order, and the count sheet the
 * core recorded (and every replay recounts): each round's tally per candidate, threshold,
 * exhausted votes, and who was elected or eliminated. Names come from the candidate list; the
 * sheet itself names candidates by id.
 */
final class CountSheet {
  private CountSheet() {}

  static void election(Html page, JsonNode view) throws Exception {
    Map<String, String> names = new LinkedHashMap<>();
    List<JsonNode> elected = new ArrayList<>();
    for (JsonNode c : view.get("candidates")) {
      names.put(c.get("candidate").asText(), c.get("name").asText());
      if (!c.get("elected").isNull()) {
        elected.add(c);
      }
    }
    elected.sort((a, b) -> Long.compare(a.get("elected").asLong(), b.get("elected").asLong()));
    page.h(2, "Elected");
    ElectionPages.list(page, elected.stream().map(c -> e(c.get("name").asText()) + " (" + e(c.get("candidate")
        .asText()) + ")").toList(), "No one.");
    JsonNode sheet = ElectionPages.parsed(view.get("election").get("sheet"));
    JsonNode rounds = sheet.get("rounds");
    page.h(2, "Count sheet");
    page.p("Counted by " + sheet.get("rule").asText() + " for " + sheet.get("seats").asLong() + " seat(s); "
        + sheet.get("votesIn").asText() + " valid votes from " + view.get("ballots").size() + " published ballots.");
    StringBuilder t = new StringBuilder("<div class=\"scroll\" role=\"region\" aria-label=\"Count sheet\""
        + " tabindex=\"0\"><table class=\"sheet\">\n<caption>Votes in each round</caption>\n<thead><tr>"
        + "<th scope=\"col\">Candidate</th>");
    rounds.forEach(r -> t.append("<th scope=\"col\">Round ").append(r.get("round").asLong()).append("</th>"));
    t.append("</tr></thead>\n<tbody>\n");
    names.forEach((id, name) -> {
      t.append("<tr><th scope=\"row\">").append(e(name)).append("</th>");
      rounds.forEach(r -> t.append("<td>").append(e(r.get("tally").path(id).asText("—"))).append(mark(r, id))
          .append("</td>"));
      t.append("</tr>\n");
    });
    row(t, "Threshold", rounds, "threshold");
    row(t, "Exhausted", rounds, "exhausted");
    page.raw(t.append("</tbody>\n</table></div>\n").toString());
    StringBuilder notes = new StringBuilder();
    rounds.forEach(r -> {
      String note = r.path("note").asText("");
      if (!note.isBlank()) {
        notes.append("<li>Round ").append(r.get("round").asLong()).append(": ").append(e(note)).append("</li>\n");
      }
    });
    if (!notes.isEmpty()) {
      page.raw("<ul class=\"notes\">\n" + notes + "</ul>\n");
    }
  }

  /** "elected" or "eliminated" beside a candidate's tally in the round that decided it. */
  private static String mark(JsonNode round, String id) {
    for (String outcome : new String[] {"elected", "eliminated"}) {
      for (JsonNode x : round.path(outcome)) {
        if (x.asText().equals(id)) {
          return " <strong>" + outcome + "</strong>";
        }
      }
    }
    return "";
  }

  private static void row(StringBuilder t, String label, JsonNode rounds, String field) {
    t.append("<tr><th scope=\"row\">").append(label).append("</th>");
    rounds.forEach(r -> t.append("<td>").append(e(r.path(field).asText("—"))).append("</td>"));
    t.append("</tr>\n");
  }
}
