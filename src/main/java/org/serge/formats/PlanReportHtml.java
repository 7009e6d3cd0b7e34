package org.serge.formats;

import static org.serge.formats.PlanHtml.endTable;
import static org.serge.formats.PlanHtml.escape;
import static org.serge.formats.PlanHtml.row;
import static org.serge.formats.PlanHtml.table;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.serge.planning.report.ByWhom;
import org.serge.planning.report.Distribution;
import org.serge.planning.report.Figure;
import org.serge.planning.report.ForWhom;
import org.serge.planning.report.PlanReport;
import org.serge.planning.report.PlanReportInput;
import org.serge.planning.report.Source;

/**
 * The plan report as one self-contained HTML page (report.html): no scripts, no network,
 * charts as inline SVG. Sections: by whom, for whom (with the flow chart), to what end,
 * material balance, minority reports, and an appendix listing every event cited. Every number
 * links to the record event it came from ({@link RecordLinks}); each appendix row has the
 * anchor {@code event-N}. Accessible: one h1, ordered headings, table captions and header
 * cells, labelled charts with their numbers also in tables. Well-formed XML as well as HTML.
 */
public final class PlanReportHtml {
  private PlanReportHtml() {}

  /** The page, its numbers linking by {@code links}. */
  public static String render(PlanReport report, RecordLinks links) {
    PlanHtml html = new PlanHtml(links);
    StringBuilder h = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"/>")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/><title>")
        .append(escape(report.title())).append(" — plan report</title><style>").append(STYLE)
        .append("</style></head><body><header><h1>").append(escape(report.title())).append("</h1>");
    h.append("<p>Plan <code>").append(escape(report.planId())).append("</code>, ").append(escape(report.period()))
        .append(". Opened by ").append(html.link(report.opening(), "event " + report.opening().seq(),
            report.opening().label())).append("; ");
    h.append(report.approval() == null ? "<strong>not approved</strong>"
        : "approved by " + html.link(report.approval(), "event " + report.approval().seq(), report.approval().label()));
    h.append("; ").append(report.converged() ? "the proposals converged" : "<strong>the proposals did not converge</strong>")
        .append(report.balances() ? " and every product balances." : ", and <strong>some products do not balance</strong>.")
        .append("</p></header><nav aria-label=\"Contents\"><ul>");
    for (String[] part : CONTENTS) {
      h.append("<li><a href=\"#").append(part[0]).append("\">").append(part[1]).append("</a></li>");
    }
    h.append("</ul></nav><main><p class=\"note\">Every number links to the record event it came from; small "
        + "numbers after it link to the other events it rests on. The events are listed in the appendix.</p>");
    byWhom(h, html, report);
    forWhom(h, html, report);
    PlanHtmlObjectives.toWhatEnd(h, html, report);
    PlanHtmlObjectives.balance(h, html, report);
    minority(h, html, report);
    appendix(h, html, report);
    return h.append("</main></body></html>\n").toString();
  }

  private static final String[][] CONTENTS = {
      {"by-whom", "By whom"}, {"for-whom", "For whom"}, {"to-what-end", "To what end"},
      {"balance", "Material balance"}, {"minority-reports", "Minority reports"}, {"events", "Record events"}};

  private static void byWhom(StringBuilder h, PlanHtml html, PlanReport report) {
    ByWhom by = report.byWhom();
    h.append("<section aria-labelledby=\"by-whom\"><h2 id=\"by-whom\">By whom: who makes what, with what hours</h2>");
    h.append("<p>The workplace councils work ").append(html.number(by.hoursWorked())).append(" hours in all; the "
        + "neighbourhood councils' members offer ").append(html.number(by.hoursOffered())).append(".</p>");
    table(h, "Workplace councils: output, inputs and hours", "council", "region", "product", "workers", "output",
        "inputs", "hours", "hours per worker", "share of all hours", "free time per worker", "capacity");
    for (ByWhom.Producer p : by.producers()) {
      row(h, p.council().name(), escape(report.region(p.council())), escape(p.product()), html.number(p.members()),
          html.number(p.output()), list(html, p.inputs()), html.number(p.hours()), html.number(p.hoursPerMember()),
          html.number(p.shareOfHours()), html.number(p.freeTimePerMember()),
          html.number(p.capacity()) + (p.atCapacity() ? " (reached)" : ""));
    }
    endTable(h);
    List<ByWhom.Producer> producers = by.producers();
    List<Integer> order = PlanCharts.largestFirst(producers.stream().map(ByWhom.Producer::hoursPerMember).toList());
    h.append(PlanCharts.bars(html, "chart-hours", "Hours of work per member, by workplace council.",
        order.stream().map(i -> producers.get(i).council().name()).toList(),
        order.stream().map(i -> producers.get(i).hoursPerMember()).toList(),
        report.toWhatEnd().hours().limit().value()));
    h.append("</section>");
  }

  private static void forWhom(StringBuilder h, PlanHtml html, PlanReport report) {
    ForWhom to = report.forWhom();
    h.append("<section aria-labelledby=\"for-whom\"><h2 id=\"for-whom\">For whom: who receives what</h2>");
    h.append("<p>Values are in hours of work at the plan's prices.</p>");
    table(h, "Neighbourhood councils: what they receive", "council", "region", "members",
        "receives (units; per member)", "value", "value per member", "hours offered per member", "free time per member");
    for (ForWhom.Consumer c : to.consumers()) {
      List<String> items = new ArrayList<>();
      for (int i = 0; i < c.units().size(); i++) {
        items.add(escape(c.units().get(i).product()) + " " + html.number(c.units().get(i)) + " ("
            + html.number(c.perMember().get(i)) + ")");
      }
      row(h, c.council().name(), escape(report.region(c.council())), html.number(c.members()), String.join("; ", items),
          html.number(c.value()), html.number(c.valuePerMember()), html.number(c.hoursPerMember()),
          html.number(c.freeTimePerMember()));
    }
    endTable(h);
    List<ForWhom.Consumer> consumers = to.consumers();
    List<Integer> order = PlanCharts.largestFirst(consumers.stream().map(ForWhom.Consumer::valuePerMember).toList());
    h.append(PlanCharts.bars(html, "chart-consumption", "Consumption per person (hours), by neighbourhood council.",
        order.stream().map(i -> consumers.get(i).council().name()).toList(),
        order.stream().map(i -> consumers.get(i).valuePerMember()).toList(), Double.NaN));
    h.append("<h3>Public goods</h3>");
    if (to.publicGoods().isEmpty()) {
      h.append("<p>No project of a participatory budget entered this plan.</p>");
    } else {
      table(h, "Public goods decided by participatory budget", "project", "needs (units)", "value");
      to.publicGoods().forEach(g -> row(h, g.name(), list(html, g.units()), html.number(g.value())));
      endTable(h);
    }
    h.append("<h3>Distribution</h3><p>Each council's members are counted as persons receiving the council's value "
        + "per member; the median is the lower median person's.</p>");
    table(h, "Consumption value per person, overall and by region", "where", "persons", "mean", "Gini", "least",
        "median", "most", "exports", "imports");
    row(h, "all regions", "", "", html.number(to.distribution().gini()), html.number(to.distribution().min()),
        html.number(to.distribution().median()), html.number(to.distribution().max()), "", "");
    for (ForWhom.Region r : to.regions()) {
      Distribution d = r.distribution();
      row(h, r.region(), html.number(r.members()), html.number(r.meanValuePerMember()), html.number(d.gini()),
          html.number(d.min()), html.number(d.median()), html.number(d.max()), html.number(r.exports()),
          html.number(r.imports()));
    }
    endTable(h);
    trade(h, html, to);
    flows(h, html, report);
    h.append("</section>");
  }

  private static void trade(StringBuilder h, PlanHtml html, ForWhom to) {
    h.append("<h3>Trade between regions</h3>");
    if (to.trade().isEmpty()) {
      h.append("<p>No product is used outside the region that makes it.</p>");
      return;
    }
    table(h, "Units of each product used outside the region that makes it", "product", "made in", "used in", "units");
    to.trade().forEach(t -> row(h, t.product(), escape(t.from()), escape(t.to()), html.number(t.units())));
    endTable(h);
  }

  private static void flows(StringBuilder h, PlanHtml html, PlanReport report) {
    List<PlanSankey.Link> links = PlanSankey.links(report.flows());
    h.append("<h3>Flows</h3>").append(PlanSankey.svg(html, "chart-flows",
        "From workplace councils to products to those who use them.", links));
    table(h, "The flows of the chart, in hours", "from", "to", "hours");
    links.forEach(link -> row(h, link.from(), escape(link.to()), html.number(link.value())));
    endTable(h);
  }

  private static void minority(StringBuilder h, PlanHtml html, PlanReport report) {
    h.append("<section aria-labelledby=\"minority-reports\"><h2 id=\"minority-reports\">Minority reports</h2>");
    if (report.minorityReports().isEmpty()) {
      h.append("<p>No minority report was attached to the plan.</p>");
    }
    for (PlanReportInput.MinorityReport m : report.minorityReports()) {
      h.append("<figure class=\"minority\"><blockquote><p>").append(escape(m.text())).append("</p></blockquote>")
          .append("<figcaption>— ").append(escape(m.author())).append(", ")
          .append(html.link(m.source(), "event " + m.source().seq(), m.source().label())).append("</figcaption></figure>");
    }
    h.append("</section>");
  }

  private static void appendix(StringBuilder h, PlanHtml html, PlanReport report) {
    h.append("<section aria-labelledby=\"events\"><h2 id=\"events\">Appendix: record events</h2>");
    table(h, "Every event a number of this report came from", "event", "type", "what");
    for (Source s : report.events()) {
      h.append("<tr id=\"event-").append(s.seq()).append("\"><th scope=\"row\">")
          .append(html.link(s, Long.toString(s.seq()), "event " + s.seq() + " on the record")).append("</th><td class=\"t\">")
          .append(escape(s.type())).append("</td><td class=\"t\">").append(escape(s.label())).append("</td></tr>");
    }
    endTable(h);
    h.append("</section>");
  }

  /** Figures as "product number" items. */
  static String list(PlanHtml html, List<Figure> figures) {
    return figures.stream().map(f -> escape(f.product()) + " " + html.number(f)).collect(Collectors.joining("; "));
  }

  private static final String STYLE = """
      body{font-family:system-ui,sans-serif;margin:0;background:#fafaf7;color:#1d1d1b;line-height:1.4}
      header,nav,main{max-width:1100px;margin:0 auto;padding:0 1.5rem}h1{font-size:1.6rem;margin-top:1.5rem}
      h2{font-size:1.25rem;margin-top:2.5rem;border-bottom:2px solid #a31f1f;padding-bottom:.2rem}h3{font-size:1.05rem}
      nav ul{display:flex;flex-wrap:wrap;gap:1rem;list-style:none;padding:0}
      a{color:#1a4f8b}.scroll{overflow-x:auto}table{border-collapse:collapse;margin:1rem 0;width:100%;font-size:.9rem}
      caption{text-align:left;font-weight:600;padding:.3rem 0}td,th{border-bottom:1px solid #ccc;padding:.3rem .5rem;
      text-align:right;vertical-align:top}th[scope=row],thead th:first-child,td.t{text-align:left}
      figure svg{display:block;max-width:100%;height:auto}
      sup.src{font-size:.7rem;margin-left:.15rem}figure{margin:1rem 0}figcaption{color:#444;font-size:.85rem}
      .bar{fill:#a31f1f}.neg{fill:#2a6f97}.label,.value{font-size:12px;fill:#1d1d1b}.value a{fill:#1a4f8b}
      .axis{stroke:#555}.limit{stroke:#1d1d1b;stroke-dasharray:4 3}.node{fill:#1d1d1b}
      .flow{fill:none;stroke-opacity:.35}.s0{stroke:#a31f1f}.s1{stroke:#2a6f97}.flow:hover{stroke-opacity:.7}
      .halo{paint-order:stroke;stroke:#fafaf7;stroke-width:3px}
      blockquote{margin:0;padding:.5rem 1rem;border-left:4px solid #a31f1f;background:#fff}.note{color:#444}
      """;
}
