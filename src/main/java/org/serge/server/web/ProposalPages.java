package org.serge.server.web;

import static org.serge.server.web.Html.a;
import static org.serge.server.web.Html.e;
import static org.serge.server.web.Html.words;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import org.serge.council.Times;
import org.serge.council.deliberation.Moderation;
import org.serge.server.Api;
import org.serge.server.Call;
import org.serge.server.web.Html.Field;

/**
 * A proposal's page (versions, amendments, debate, its vote, decisions with minority reports)
 * and a motion's page. Forms are shown to those who act in the council; what they may do is
 * still decided by the core when they submit (a refusal names the rule).
 */
public final class ProposalPages {
  private ProposalPages() {}

  public static String proposal(Call call) throws Exception {
    JsonNode view = Api.proposal(call);
    JsonNode p = view.get("proposal");
    String id = p.get("id").asText();
    String council = p.get("council").asText();
    String here = "/proposals/" + id;
    boolean acts = CouncilPages.acts(call, council);
    boolean moderates = moderates(call, council);
    JsonNode versions = view.get("versions");
    JsonNode current = versions.get(versions.size() - 1);
    Html page = new Html(call, p.get("title").asText());
    page.raw("<p>Proposal " + e(id) + " by " + e(p.get("author").asText()) + " in " + a("/councils/" + council, council)
        + ", asking for a" + (p.get("kind").asText().startsWith("o") ? "n " : " ") + e(p.get("kind").asText())
        + " decision. Status: <strong>" + e(p.get("status").asText()) + "</strong>, version "
        + p.get("version").asLong() + ".</p>\n");
    page.raw(content(p, current.get("text").asText()));
    if (versions.size() > 1) {
      StringBuilder v = new StringBuilder("<details><summary>Every version (" + versions.size() + ")</summary>\n");
      versions.forEach(x -> v.append("<h3>Version ").append(x.get("version").asLong()).append(" (")
          .append(e(x.get("source").asText())).append(" by ").append(e(x.get("author").asText())).append("): ")
          .append(e(x.get("title").asText())).append("</h3>").append(words(x.get("text").asText())));
      page.raw(v.append("</details>\n").toString());
    }
    boolean open = p.get("status").asText().equals("open");
    boolean author = p.get("author").asText().equals(call.member());
    if (acts && author && open) {
      page.h(2, "As its author");
      page.form("/api/proposals/" + id + "/motion", here, "Put it to the vote");
      page.form("/api/proposals/" + id + "/versions", here, "Revise", Field.text("title", "New title"),
          Field.area("text", "New text"), Field.text("note", "What changed").optional());
      page.form("/api/proposals/" + id + "/withdraw", here, "Withdraw the proposal");
    }
    if (moderates) {
      hideForm(page, id, here);
    }
    amendments(page, view, here, acts, author, moderates);
    if (!view.get("motion").isNull()) {
      motion(page, view.get("motion"), here, acts);
    }
    for (JsonNode d : view.get("decisions")) {
      decision(call, page, d, here, moderates);
    }
    page.h(2, "Debate");
    thread(page, view.get("comments"), here, acts, moderates);
    if (acts) {
      page.form("/api/comments", here, "Comment", Field.hidden("on", id), Field.area("text", "Your comment"));
    }
    return page.render();
  }

  /** Content's words; when hidden, who hid it and why come first and the words stay one click away. */
  static String content(JsonNode row, String text) {
    JsonNode hidden = row.get("hidden");
    if (hidden == null) {
      return words(text);
    }
    return "<p class=\"hidden-note\">Hidden by " + e(hidden.get("by").asText()) + ": " + e(hidden.get("reason").asText())
        + " (" + e(hidden.get("hiding").asText()) + ")</p><details><summary>Show the hidden words</summary>"
        + words(text) + "</details>\n";
  }

  private static void hideForm(Html page, String contentId, String here) {
    page.raw("<details><summary>Moderate " + e(contentId) + "</summary>\n");
    page.form("/api/content/" + contentId + "/hidings", here, "Hide " + contentId, Field.text("reason", "Reason"));
    page.raw("</details>\n");
  }

  private static void amendments(Html page, JsonNode view, String here, boolean acts, boolean author, boolean mod) {
    JsonNode proposal = view.get("proposal");
    page.h(2, "Amendments");
    if (view.get("amendments").isEmpty()) {
      page.p("None.");
    }
    for (JsonNode a : view.get("amendments")) {
      String id = a.get("id").asText();
      page.raw("<article aria-label=\"Amendment " + e(id) + "\"><h3>" + e(id) + ": " + e(a.get("title").asText())
          + "</h3><p>By " + e(a.get("author").asText()) + ", on version " + a.get("base_version").asLong()
          + ". Status: <strong>" + e(a.get("status").asText()) + "</strong>. Reason: " + e(a.get("reason").asText())
          + "</p>\n" + content(a, a.get("text").asText()));
      if (acts && a.get("status").asText().equals("pending")) {
        if (author) {
          page.form("/api/amendments/" + id + "/accept", here, "Accept " + id);
        }
        page.form("/api/amendments/" + id + "/motion", here, "Put " + id + " to the vote");
        if (a.get("author").asText().equals(page.member())) {
          page.form("/api/amendments/" + id + "/withdraw", here, "Withdraw " + id);
        }
      }
      if (mod) {
        hideForm(page, id, here);
      }
      page.raw("</article>\n");
    }
    if (acts && proposal.get("status").asText().equals("open")) {
      page.h(3, "Propose an amendment");
      page.form("/api/proposals/" + proposal.get("id").asText() + "/amendments", here, "Propose the amendment",
          Field.text("title", "Title"), Field.area("text", "The whole new text"), Field.text("reason", "Why").optional());
    }
  }

  private static void motion(Html page, JsonNode m, String here, boolean acts) {
    String id = m.get("id").asText();
    page.h(2, "The vote");
    page.raw("<p>" + a("/motions/" + id, "Motion " + id) + ": <strong>" + e(m.get("status").asText())
        + "</strong>; closes " + e(m.get("closes").asText()) + ".</p>\n");
    votes(page, m);
    if (acts && m.get("status").asText().equals("open")) {
      voteForms(page, id, here);
    }
  }

  static void votes(Html page, JsonNode m) {
    StringBuilder ul = new StringBuilder("<ul class=\"votes\">\n");
    m.get("votes").forEach(v -> ul.append("<li>").append(e(v.get("voter").asText())).append(": ")
        .append(e(v.get("choice").asText())).append("</li>\n"));
    page.raw(m.get("votes").isEmpty() ? "<p>No votes yet.</p>\n" : ul.append("</ul>\n").toString());
  }

  static void voteForms(Html page, String motion, String here) {
    page.raw("<div class=\"vote-buttons\" role=\"group\" aria-label=\"Your vote on " + e(motion) + "\">\n");
    for (String choice : new String[] {"yes", "no", "abstain"}) {
      page.form("/api/motions/" + motion + "/votes", here, "Vote " + choice, Field.hidden("choice", choice));
    }
    page.raw("</div>\n");
    page.form("/api/motions/" + motion + "/close", here, "Close the vote (when due or all have voted)");
  }

  private static void decision(Call call, Html page, JsonNode d, String here, boolean moderates) {
    String id = d.get("id").asText();
    page.h(2, "Decision " + id + ": " + d.get("outcome").asText());
    page.p("On " + d.get("subject_type").asText() + " " + d.get("subject_id").asText() + " under "
        + d.get("rule").asText() + ": " + d.get("yes").asLong() + " yes, " + d.get("no").asLong() + " no, "
        + d.get("abstain").asLong() + " abstaining, of " + d.get("entitled").asLong() + " entitled.");
    for (JsonNode r : d.get("minority_reports")) {
      String rid = r.get("id").asText();
      page.raw("<article class=\"minority-report\" aria-label=\"Minority report " + e(rid) + "\"><h3>Minority report: "
          + e(r.get("title").asText()) + "</h3><p>By " + e(r.get("author").asText()) + "; "
          + e(r.get("status").asText()) + ", signed by " + e(String.join(", ", names(r.get("signed_by")))) + ".</p>\n"
          + content(r, r.get("text").asText()));
      if (call.member() != null && !names(r.get("signed_by")).contains(call.member())) {
        page.form("/api/minority-reports/" + rid + "/signatures", here, "Sign " + rid);
      }
      if (moderates) {
        hideForm(page, rid, here);
      }
      page.raw("</article>\n");
    }
    if (call.member() != null && !d.get("outcome").asText().equals("lapsed")) {
      page.raw("<details><summary>Write a minority report on " + e(id) + "</summary>\n");
      page.form("/api/decisions/" + id + "/minority-reports", here, "Publish the minority report",
          Field.text("title", "Title"), Field.area("text", "Your case"));
      page.raw("</details>\n");
    }
  }

  private static java.util.List<String> names(JsonNode array) {
    java.util.List<String> names = new java.util.ArrayList<>();
    array.forEach(n -> names.add(n.asText()));
    return names;
  }

  private static void thread(Html page, JsonNode comments, String here, boolean acts, boolean moderates) {
    if (comments.isEmpty()) {
      page.p("No comments yet.");
      return;
    }
    Map<String, Integer> depth = new HashMap<>();
    for (JsonNode c : comments) {
      String parent = c.get("parent").isNull() ? null : c.get("parent").asText();
      int level = parent == null ? 0 : depth.getOrDefault(parent, 0) + 1;
      String id = c.get("id").asText();
      depth.put(id, level);
      page.raw("<article class=\"comment depth-" + Math.min(level, 6) + "\" aria-label=\"Comment "
          + e(id) + " by " + e(c.get("author").asText()) + "\"><p class=\"meta\">" + e(c.get("author").asText())
          + " · " + e(c.get("created").asText()) + "</p>" + content(c, c.get("text").asText()));
      if (acts) {
        page.raw("<details><summary>Reply to " + e(id) + "</summary>\n");
        page.form("/api/comments", here, "Reply", Field.hidden("on", id), Field.area("text", "Your reply"));
        page.raw("</details>\n");
      }
      if (moderates) {
        hideForm(page, id, here);
      }
      page.raw("</article>\n");
    }
  }

  private static boolean moderates(Call call, String council) {
    String member = call.member();
    String now = Times.text(call.app().clock().instant());
    return member != null && call.read(p -> Moderation.isModerator(p, council, member, now));
  }

  public static String motion(Call call) throws Exception {
    JsonNode m = Api.motion(call);
    String id = m.get("id").asText();
    Html page = new Html(call, m.get("title").asText());
    page.raw("<p>Motion " + e(id) + " in " + a("/councils/" + m.get("council").asText(), m.get("council").asText())
        + " (a " + e(m.get("kind").asText()) + " decision), opened by " + e(m.get("opened_by").asText()) + "; "
        + "status <strong>" + e(m.get("status").asText()) + "</strong>; closes " + e(m.get("closes").asText())
        + ".</p>\n" + words(m.get("text").asText()));
    if (m.get("subject_type").asText().equals("proposal")) {
      page.raw("<p>" + a("/proposals/" + m.get("subject_id").asText(), "The proposal") + "</p>\n");
    }
    page.h(2, "Votes, by name");
    votes(page, m);
    if (!m.get("yes").isNull()) {
      page.p("Tally: " + m.get("yes").asLong() + " yes, " + m.get("no").asLong() + " no, " + m.get("abstain").asLong()
          + " abstaining, of " + m.get("entitled").asLong() + " entitled.");
    }
    if (m.get("status").asText().equals("open") && CouncilPages.acts(call, m.get("council").asText())) {
      voteForms(page, id, "/motions/" + id);
    }
    return page.render();
  }
}
