package org.serge.server.web;

import static org.serge.server.web.Html.a;
import static org.serge.server.web.Html.e;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.serge.council.Electorate;
import org.serge.council.Times;
import org.serge.server.Api;
import org.serge.server.Call;
import org.serge.server.web.Html.Field;

/**
 * The home page (my councils and federations) and a council's page. Pages show what the
 * API's views hold (the same queries), and their forms post to the API: one handler per action.
 */
public final class CouncilPages {
  private CouncilPages() {}

  private static final int DELIBERATION_PAGE = 50;

  public static String home(Call call) throws Exception {
    Html page = new Html(call, "Serge");
    if (call.member() == null) {
      page.p("Serge is where the councils of a federation deliberate, decide and plan. Everything said and"
          + " decided is public.");
      page.raw("<p>" + a("/sign-in", "Sign in") + " to take part in your council.</p>\n");
    } else {
      JsonNode me = Api.me(call);
      page.h(2, "My councils");
      list(page, me.get("councils"));
      page.h(2, "My federations");
      list(page, me.get("federations"));
      ElectionPages.mine(call, page);
    }
    page.h(2, "All councils");
    list(page, Api.councils(call).get("councils"));
    return page.render();
  }

  private static void list(Html page, JsonNode councils) {
    if (councils.isEmpty()) {
      page.p("None.");
      return;
    }
    StringBuilder ul = new StringBuilder("<ul>\n");
    for (JsonNode c : councils) {
      ul.append("<li>").append(a("/councils/" + c.get("id").asText(), c.get("name").asText())).append(" (")
          .append(e(c.get("kind").asText())).append(")</li>\n");
    }
    page.raw(ul.append("</ul>\n").toString());
  }

  public static String council(Call call) throws Exception {
    JsonNode view = Api.council(call);
    JsonNode council = view.get("council");
    String id = council.get("id").asText();
    Html page = new Html(call, council.get("name").asText());
    page.p("A " + council.get("kind").asText() + " council"
        + (council.get("parent").isNull() ? "" : " in the federation " + council.get("parent").asText()) + ".");
    boolean acts = acts(call, id);
    proposals(call, page, id, acts);
    motions(call, page, id, acts);
    ElectionPages.section(call, page, id, acts);
    PlanningPages.section(call, page, id);
    page.h(2, "Members");
    StringBuilder ul = new StringBuilder("<ul>\n");
    view.get("members").forEach(m -> ul.append("<li>").append(e(m.get("name").asText())).append(" (")
        .append(e(m.get("member").asText())).append(")</li>\n"));
    page.raw(ul.append("</ul>\n").toString());
    page.h(2, "Delegates");
    if (view.get("delegates").isEmpty()) {
      page.p("No mandate in force.");
    }
    StringBuilder dl = new StringBuilder("<ul>\n");
    view.get("delegates").forEach(d -> dl.append("<li>").append(e(d.get("member").asText())).append(" for ")
        .append(e(d.get("council").asText())).append(" in ").append(e(d.get("federation").asText()))
        .append(", until ").append(e(d.get("term_end").asText())).append("</li>\n"));
    page.raw(dl.append("</ul>\n").toString());
    page.h(2, "Our constitution in plain words");
    StringBuilder rules = new StringBuilder("<dl class=\"rules\">\n");
    view.get("constitution").forEach(r -> rules.append("<dt>").append(e(r.get("id").asText())).append("</dt><dd>")
        .append(e(r.get("text").asText())).append("</dd>\n"));
    page.raw(rules.append("</dl>\n").toString());
    if (acts) {
      page.h(2, "Invite someone to join");
      page.form("/councils/" + id + "/invite", null, "Make an invitation link");
      page.h(2, "Leave");
      page.form("/api/councils/" + id + "/leave", "/", "Leave " + council.get("name").asText());
    }
    return page.render();
  }

  /** A page of a council's proposals, newest first, with links to the pages before and after. */
  public static String proposals(Call call) throws Exception {
    String councilId = call.existing("council", q -> q.councils);
    JsonNode council = call.read(p -> org.serge.server.Json.row(p.council(councilId)));
    String id = council.get("id").asText();
    Html page = new Html(call, "Proposals in " + council.get("name").asText());
    long offset = call.query("offset", 0, 0, Integer.MAX_VALUE);
    JsonNode proposals = Api.proposals(call);
    // The list and its pager are the same for every reader until the record grows: made once.
    page.raw(call.app().cache().html("proposals/" + id + "/" + offset, call.app().record().size(),
        () -> proposalList(proposals) + pager(id, offset, proposals.get("total").asLong())));
    return page.render();
  }

  /** A page of proposals, with how many there are in all. */
  private static String proposalList(JsonNode proposals) {
    StringBuilder ul = new StringBuilder("<ul>\n");
    for (JsonNode p : proposals.get("proposals")) {
      ul.append("<li>").append(a("/proposals/" + p.get("id").asText(), p.get("title").asText())).append(" — ")
          .append(e(p.get("status").asText())).append(p.has("hidden") ? " (hidden by a moderator)" : "")
          .append("</li>\n");
    }
    return ul.append("</ul>\n<p>").append(proposals.get("total").asLong()).append(" proposals in all.</p>\n").toString();
  }

  private static String pager(String id, long offset, long total) {
    StringBuilder nav = new StringBuilder("<nav aria-label=\"Pages of proposals\"><ul class=\"pager\">");
    if (offset > 0) {
      nav.append("<li>").append(a("/councils/" + id + "/proposals?offset=" + Math.max(0, offset - 50), "Newer"))
          .append("</li>");
    }
    if (offset + 50 < total) {
      nav.append("<li>").append(a("/councils/" + id + "/proposals?offset=" + (offset + 50), "Older")).append("</li>");
    }
    return nav.append("</ul></nav>\n<p>").append(a("/councils/" + id, "Back to the council")).append("</p>\n").toString();
  }

  private static void proposals(Call call, Html page, String id, boolean acts) throws Exception {
    page.h(2, "Proposals");
    JsonNode list = Api.proposals(call);
    page.raw(proposalList(list));
    if (list.get("total").asLong() > DELIBERATION_PAGE) {
      page.raw("<p>" + a("/councils/" + id + "/proposals", "All proposals, page by page") + "</p>\n");
    }
    if (acts) {
      page.h(3, "Make a proposal");
      page.form("/api/councils/" + id + "/proposals", "/councils/" + id, "Propose",
          Field.choice("kind", "Kind of decision", List.of("ordinary", "plan")), Field.text("title", "Title"),
          Field.area("text", "Text"));
    }
  }

  private static void motions(Call call, Html page, String id, boolean acts) throws Exception {
    page.h(2, "Motions");
    StringBuilder ul = new StringBuilder("<ul>\n");
    for (JsonNode m : Api.motions(call).get("motions")) {
      ul.append("<li>").append(a("/motions/" + m.get("id").asText(), m.get("title").asText())).append(" — ")
          .append(e(m.get("status").asText())).append("</li>\n");
    }
    page.raw(ul.append("</ul>\n").toString());
    if (acts) {
      page.h(3, "Put a resolution to the council");
      page.form("/api/councils/" + id + "/motions", "/councils/" + id, "Open the motion",
          Field.text("title", "Resolution"), Field.area("text", "Details").optional());
    }
  }

  /** Whether the signed-in member acts in the council (the core's Electorate decides): only then are its forms shown. */
  static boolean acts(Call call, String council) {
    String member = call.member();
    String now = Times.text(call.app().clock().instant());
    return member != null && call.read(p -> Electorate.includes(p, council, member, now));
  }

  /** After "Make an invitation link": the link to send. */
  public static String invited(Call call) throws Exception {
    JsonNode invitation = Api.invite(call);
    String link = call.ctx().scheme() + "://" + call.ctx().host() + invitation.get("link").asText();
    Html page = new Html(call, "Invitation to " + invitation.get("council").asText());
    page.p("Send this link to the person you invite. It works once, for 14 days; when they join, you admit them"
        + " (as the rules allow).");
    page.raw("<p><label for=\"link\">Invitation link</label><br><input id=\"link\" type=\"text\" readonly value=\""
        + e(link) + "\" size=\"60\"></p>\n");
    page.raw("<p>" + a("/councils/" + invitation.get("council").asText(), "Back to the council") + "</p>\n");
    return page.render();
  }
}
