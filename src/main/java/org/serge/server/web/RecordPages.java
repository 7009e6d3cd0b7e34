package org.serge.server.web;

import static org.serge.server.web.Html.a;
import static org.serge.server.web.Html.e;

import com.fasterxml.jackson.databind.JsonNode;
import org.serge.server.Api;
import org.serge.server.Call;

/** The public record browser, page by page, with a button that verifies the whole record. */
public final class RecordPages {
  private RecordPages() {}

  public static String record(Call call) throws Exception {
    JsonNode events = Api.events(call);
    long size = events.get("size").asLong();
    Html page = new Html(call, "The public record");
    page.p("Every event ever recorded, in order, each hash-chained to the one before and signed. " + size
        + " events so far. Anyone can check that nothing was changed, removed or reordered.");
    page.form("/record/verify", null, "Verify the whole record");
    // The table and its pager are the same for every reader until the record grows: made once.
    String key = "record/" + call.query("from", 1, 1, Long.MAX_VALUE) + "/" + call.query("limit", 100, 1, 1000);
    page.raw(call.app().cache().html(key, size, () -> table(events)));
    page.raw("<p>" + a("/api/record/events", "The events as JSON") + "</p>\n");
    return page.render();
  }

  private static String table(JsonNode events) {
    StringBuilder table = new StringBuilder("<div class=\"scroll\" role=\"region\" aria-label=\"Events\" tabindex=\"0\">"
        + "<table>\n<caption>Events</caption>\n<thead><tr><th scope=\"col\">Seq</th><th scope=\"col\">Time</th>"
        + "<th scope=\"col\">Where</th><th scope=\"col\">Who</th><th scope=\"col\">What</th>"
        + "<th scope=\"col\">Details</th></tr></thead>\n<tbody>\n");
    long first = 0;
    for (JsonNode ev : events.get("events")) {
      first = first == 0 ? ev.get("seq").asLong() : first;
      table.append("<tr><td>").append(ev.get("seq").asLong()).append("</td><td>").append(e(ev.get("time").asText()))
          .append("</td><td>").append(e(ev.get("scope").asText())).append("</td><td>").append(e(ev.get("actor").asText()))
          .append("</td><td>").append(e(ev.get("type").asText())).append("</td><td><code>")
          .append(e(summary(ev.get("payload")))).append("</code></td></tr>\n");
    }
    table.append("</tbody>\n</table></div>\n");
    StringBuilder nav = new StringBuilder("<nav aria-label=\"Pages of the record\"><ul class=\"pager\">");
    if (first > 1) {
      nav.append("<li>").append(a("/record?from=" + Math.max(1, first - 100), "Earlier events")).append("</li>");
    }
    if (!events.get("next").isNull()) {
      nav.append("<li>").append(a("/record?from=" + events.get("next").asLong(), "Later events")).append("</li>");
    }
    return table.append(nav).append("</ul></nav>\n").toString();
  }

  public static String verified(Call call) throws Exception {
    JsonNode report = Api.verify(call);
    Html page = new Html(call, report.get("ok").asBoolean() ? "The record checks out" : "The record does not check out");
    page.raw("<p role=\"status\" id=\"verdict\">" + e(report.get("message").asText()) + ".</p>\n");
    page.p(report.get("tables_match").asBoolean()
        ? "Every table rebuilt from the events matches what is shown."
        : "Tables that do not match the events: " + report.get("differing_tables"));
    page.raw("<p>" + a("/record", "Back to the record") + "</p>\n");
    return page.render();
  }

  private static String summary(JsonNode payload) {
    StringBuilder s = new StringBuilder();
    payload.properties().forEach(f -> {
      if (f.getValue().isValueNode()) {
        String v = f.getValue().asText().replace('\n', ' ');
        s.append(s.isEmpty() ? "" : " ").append(f.getKey()).append('=').append(v.length() > 40 ? v.substring(0, 39) + "…" : v);
      }
    });
    return s.toString();
  }
}
