package org.serge.server.web;

import static org.serge.server.web.Html.a;
import static org.serge.server.web.Html.e;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.serge.council.election.Methods;
import org.serge.server.Api;
import org.serge.server.Call;
import org.serge.server.Json;
import org.serge.server.web.Html.Field;

/**
 * Pages of secret elections: the ballot, the receipt after casting, the receipt check, and the
 * result with its count sheet; and the lists of votes on a council's page and the home page.
 * A ballot is a plain form that works without JavaScript (a numbered choice per candidate);
 * {@code /static/ballot.js} adds moving candidates by buttons, arrow keys and dragging (mouse
 * or touch). Whether a ballot is accepted is decided by the core when it is cast.
 */
public final class ElectionPages {
  private ElectionPages() {}

  static final List<String> RANKED = List.of("scottish", "meek", "irv", "schulze");

  /** A council's elections and budget rounds, for its page; forms to open them for those who act in it. */
  static void section(Call call, Html page, String council, boolean acts) throws Exception {
    JsonNode votes = Api.elections(call);
    page.h(2, "Elections and budgets");
    List<String> items = new ArrayList<>();
    votes.get("elections").forEach(x -> items.add(a("/elections/" + x.get("id").asText(), x.get("title").asText())
        + " — election, " + e(x.get("status").asText())));
    votes.get("budgets").forEach(x -> items.add(a("/budgets/" + x.get("id").asText(), x.get("title").asText())
        + " — budget, " + e(x.get("status").asText())));
    list(page, items, "None yet.");
    if (acts) {
      String here = "/councils/" + council;
      page.raw("<details><summary>Open an election</summary>\n");
      page.form("/api/councils/" + council + "/elections", here, "Open the election", Field.text("title", "Title of the election"),
          Field.choice("method", "Counting method", Methods.ELECTION), Field.text("seats", "Seats").optional(),
          Field.area("candidates", "Candidates, one a line: id=Name"));
      page.raw("</details>\n<details><summary>Open a budget round</summary>\n");
      page.form("/api/councils/" + council + "/budgets", here, "Open the budget round", Field.text("title", "Title of the budget round"),
          Field.text("budget", "Budget (whole units)"), Field.choice("method", "Rule", Methods.BUDGET),
          Field.area("projects", "Projects, one a line: id=Name:cost"));
      page.raw("</details>\n");
    }
  }

  /** The open votes the signed-in member is entitled to, for the home page. */
  static void mine(Call call, Html page) throws Exception {
    page.h(2, "Open votes for me");
    List<String> items = new ArrayList<>();
    for (JsonNode v : Api.myVotes(call).get("open")) {
      String id = v.get("id").asText();
      items.add(a((id.startsWith("b-") ? "/budgets/" : "/elections/") + id, v.get("title").asText()) + " in "
          + e(v.get("council").asText()) + " — " + (v.get("voted").asBoolean() ? "you have voted" : "not voted yet")
          + ", closes " + e(v.get("closes").asText()));
    }
    list(page, items, "None.");
  }

  static void list(Html page, List<String> items, String none) {
    if (items.isEmpty()) {
      page.p(none);
      return;
    }
    page.raw("<ul>\n<li>" + String.join("</li>\n<li>", items) + "</li>\n</ul>\n");
  }

  public static String election(Call call) throws Exception {
    JsonNode view = Api.election(call);
    JsonNode el = view.get("election");
    String id = el.get("id").asText();
    Html page = new Html(call, el.get("title").asText());
    page.raw("<p>Election " + e(id) + " in " + a("/councils/" + el.get("council").asText(), el.get("council").asText())
        + ": " + el.get("seats").asLong() + " seat" + (el.get("seats").asLong() == 1 ? "" : "s") + ", counted by "
        + e(el.get("method").asText()) + ". Status: <strong>" + e(el.get("status").asText()) + "</strong>; "
        + el.get("voted").asLong() + " of " + el.get("entitled").asLong() + " entitled have voted; closes "
        + e(el.get("closes").asText()) + ".</p>\n");
    if (state(call, page, view, el, "/elections/" + id)) {
      ballot(call, page, id, el.get("method").asText(), view.get("candidates"));
    }
    closeForm(call, page, view, el, "/elections/" + id);
    if (el.get("status").asText().equals("counted")) {
      CountSheet.election(page, view);
    }
    page.raw("<p>" + a("/receipts?election=" + id, "Check a receipt") + " · " + a("/api/elections/" + id,
        "This election as JSON (with the published ballots)") + "</p>\n");
    return page.render();
  }

  /**
   * Says where the signed-in member stands in an open vote; true when they may cast a ballot now.
   */
  static boolean state(Call call, Html page, JsonNode view, JsonNode vote, String here) {
    String status = vote.get("status").asText();
    if (status.equals("lapsed")) {
      page.p("The vote lapsed without its quorum: the ballots were destroyed unread.");
    }
    if (!status.equals("open")) {
      return false;
    }
    String member = call.member();
    JsonNode elector = null;
    for (JsonNode x : view.get("electors")) {
      elector = x.get("member").asText().equals(member) ? x : elector;
    }
    if (member == null) {
      page.raw("<p>" + a("/sign-in", "Sign in") + " to vote.</p>\n");
      return false;
    }
    if (elector == null) {
      page.p("You are not in this vote's register: only those who acted in the council when it opened vote.");
      return false;
    }
    boolean voted = !elector.get("voted").isNull();
    if (voted) {
      page.p("You have voted. Your ballot is sealed until the close, then published with everyone's in one"
          + " shuffled batch and counted; your receipt secret finds it.");
    }
    return !voted;
  }

  /**
   * The close button, shown to those who act in the council or are in the vote's register (the
   * core still decides, when they press it, whether the vote is due).
   */
  static void closeForm(Call call, Html page, JsonNode view, JsonNode vote, String here) {
    String member = call.member();
    boolean entitled = false;
    for (JsonNode x : view.get("electors")) {
      entitled |= x.get("member").asText().equals(member);
    }
    if (vote.get("status").asText().equals("open")
        && (entitled || CouncilPages.acts(call, vote.get("council").asText()))) {
      page.raw("<details><summary>Close the vote</summary>\n");
      page.form("/api" + here + "/close", here, "Close the vote (when due or all have voted)");
      page.raw("</details>\n");
    }
  }

  /** The ballot form, by the method: ranked, approval or plurality. */
  private static void ballot(Call call, Html page, String id, String method, JsonNode candidates) {
    StringBuilder f = new StringBuilder(formStart(call, "/elections/" + id + "/ballot", "ballot"));
    int n = candidates.size();
    if (RANKED.contains(method)) {
      f.append("<fieldset><legend>Rank the candidates: 1 for your first choice, 2 for your next, and so on."
          + " Leave those you would not support unranked.</legend>\n<p id=\"ballot-help\" class=\"js-only\" hidden>"
          + "Move a candidate with its Up and Down buttons, with the arrow keys on its handle, or by dragging the"
          + " handle. The numbers follow.</p>\n<ol class=\"ranking\" data-ranking>\n");
      for (JsonNode c : candidates) {
        String cid = c.get("candidate").asText();
        String name = c.get("name").asText();
        f.append("<li class=\"candidate\" data-id=\"").append(e(cid)).append("\"><button type=\"button\""
            + " class=\"handle js-only\" hidden aria-describedby=\"ballot-help\" aria-label=\"Move ").append(e(name))
            .append("\">⠿</button><label for=\"rank-").append(e(cid)).append("\">").append(e(name))
            .append("</label><select id=\"rank-").append(e(cid)).append("\" name=\"rank-").append(e(cid))
            .append("\"><option value=\"\">Not ranked</option>");
        for (int r = 1; r <= n; r++) {
          f.append("<option value=\"").append(r).append("\">").append(r).append("</option>");
        }
        f.append("</select><span class=\"moves js-only\" hidden><button type=\"button\" class=\"up\">Up<span"
            + " class=\"visually-hidden\"> ").append(e(name)).append("</span></button><button type=\"button\""
            + " class=\"down\">Down<span class=\"visually-hidden\"> ").append(e(name)).append("</span></button>"
            + "</span></li>\n");
      }
      f.append("</ol>\n<p class=\"js-only\" hidden role=\"status\" aria-live=\"polite\" data-announce></p>\n"
          + "</fieldset>\n");
    } else if (method.equals("approval")) {
      f.append(ticks(candidates, "candidate", "Tick every candidate you approve of.", null));
    } else {
      f.append("<fieldset><legend>Choose one candidate.</legend>\n");
      for (JsonNode c : candidates) {
        String cid = c.get("candidate").asText();
        f.append("<p><input type=\"radio\" id=\"mark-").append(e(cid)).append("\" name=\"mark\" value=\"")
            .append(e(cid)).append("\"><label for=\"mark-").append(e(cid)).append("\">")
            .append(e(c.get("name").asText())).append("</label></p>\n");
      }
      f.append("</fieldset>\n");
    }
    page.h(2, "Your ballot");
    page.p("Secret and final: the record will say that you voted, never what. After casting you get a receipt"
        + " secret that only you hold.");
    page.raw(f.append("<p><button type=\"submit\">Cast my ballot</button></p>\n</form>\n"
        + "<script src=\"/static/ballot.js\" defer></script>\n").toString());
  }

  /** Checkboxes, one per candidate or project; with costs for a budget (its running total is in {@code extra}). */
  static String ticks(JsonNode items, String idField, String legend, String extra) {
    StringBuilder f = new StringBuilder("<fieldset><legend>" + e(legend) + "</legend>\n");
    for (JsonNode item : items) {
      String id = item.get(idField).asText();
      JsonNode cost = item.get("cost");
      f.append("<p class=\"tick\"><input type=\"checkbox\" id=\"mark-").append(e(id)).append("\" name=\"mark-")
          .append(e(id)).append("\"").append(cost == null ? "" : " data-cost=\"" + cost.asLong() + "\"")
          .append("><label for=\"mark-").append(e(id)).append("\">").append(e(item.get("name").asText()))
          .append(cost == null ? "" : " — costs " + cost.asLong()).append("</label></p>\n");
    }
    return f.append(extra == null ? "" : extra).append("</fieldset>\n").toString();
  }

  /** A form's opening with the session's CSRF token. */
  static String formStart(Call call, String action, String css) {
    return "<form method=\"post\" action=\"" + e(action) + "\" class=\"" + css + "\">\n<input type=\"hidden\""
        + " name=\"_csrf\" value=\"" + e(call.sessionOrStart().csrf()) + "\">\n";
  }

  /** After casting: the receipt secret, shown once, to the voter alone. */
  public static String cast(Call call) throws Exception {
    return receiptShown(call, Api.castInElection(call), "/elections/" + call.ctx().pathParam("election"));
  }

  static String receiptShown(Call call, JsonNode cast, String back) {
    String vote = back.substring(back.lastIndexOf('/') + 1);
    Html page = new Html(call, "Your ballot is cast");
    page.p("Your ballot is sealed in the box of " + vote + ". At the close all ballots are published together, in"
        + " a shuffled order, and counted. The record says that you voted, never what.");
    page.raw("<p><label for=\"receipt\">Your receipt secret (keep it: it is shown only now, and no one else has"
        + " it)</label><br><input id=\"receipt\" type=\"text\" readonly value=\""
        + e(cast.get("receipt_secret").asText()) + "\" size=\"48\"></p>\n");
    page.p("With it you can check, once the ballots are published, that yours was counted as cast. Anyone you"
        + " show it to can see how you voted: show it to no one.");
    page.raw("<p>" + a("/receipts?election=" + vote, "Check a receipt") + " · " + a(back, "Back to the vote")
        + "</p>\n");
    return page.render();
  }

  /** The receipt check form; {@code ?election=} fills in the vote. */
  public static String receiptForm(Call call) throws Exception {
    Html page = new Html(call, "Check a receipt");
    page.p("Enter the vote's id and the receipt secret you were given when you voted: you see whether your ballot"
        + " is published and counted as cast, or still sealed in the box. Nothing is recorded about who checks.");
    String election = call.ctx().queryParam("election");
    page.raw(formStart(call, "/receipts", "receipt") + "<p><label for=\"election\">Election or budget round"
        + "</label><input id=\"election\" type=\"text\" name=\"election\" required value=\"" + e(election)
        + "\"></p>\n<p><label for=\"secret\">Receipt secret</label><input id=\"secret\" type=\"text\" name=\"secret\""
        + " required autocomplete=\"off\"></p>\n<p><button type=\"submit\">Check</button></p>\n</form>\n");
    return page.render();
  }

  public static String receipt(Call call) throws Exception {
    JsonNode answer = Api.receipt(call);
    String vote = answer.get("election").asText();
    String status = answer.get("status").asText();
    Html page = new Html(call, switch (status) {
      case "published" -> "Your ballot was counted as cast";
      case "sealed" -> "Your ballot is sealed in the box";
      default -> "No ballot with this receipt";
    });
    if (status.equals("published")) {
      page.p("Among the published ballots of " + vote + " is the one sealed with your secret:");
      page.raw("<p><code id=\"ballot\">" + e(answer.get("ballot").asText()) + "</code></p>\n");
    } else {
      page.p(status.equals("sealed") ? "It is published and counted when " + vote + " closes."
          : "Check the secret and the vote's id.");
    }
    page.raw("<p>" + a((vote.startsWith("b-") ? "/budgets/" : "/elections/") + vote, "Back to the vote") + "</p>\n");
    return page.render();
  }

  public static String budget(Call call) throws Exception {
    return BudgetPages.round(call);
  }

  public static String castBudget(Call call) throws Exception {
    return receiptShown(call, Api.castInBudget(call), "/budgets/" + call.ctx().pathParam("round"));
  }

  /** The JSON held in a text column (a count sheet, figures), or null. */
  static JsonNode parsed(JsonNode text) throws Exception {
    return text == null || text.isNull() ? null : Json.MAPPER.readTree(text.asText());
  }
}
