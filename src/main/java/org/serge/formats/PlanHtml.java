package org.serge.formats;

import java.util.List;
import java.util.Locale;
import org.serge.planning.report.Figure;
import org.serge.planning.report.Source;

/**
 * The pieces of the plan report's HTML: numbers written with links to the events they came
 * from, tables with captions, escaping. The markup is also well-formed XML (every element
 * closed, attributes quoted, no named entities) so that it can be checked by any XML parser.
 */
final class PlanHtml {
  // A joined flow of the chart may rest on hundreds of proposals: the first few are linked.
  private static final int MOST_EXTRA_LINKS = 5;
  private final RecordLinks links;

  PlanHtml(RecordLinks links) {
    this.links = links;
  }

  /**
   * A number linked to the latest event it came from; the earlier ones follow as small
   * numbered links, so that every event a figure rests on is one click away.
   */
  String number(Figure figure) {
    List<Source> sources = figure.sources();
    Source primary = sources.getLast();
    StringBuilder html = new StringBuilder(link(primary, format(figure), "event " + primary.seq()
        + ": " + primary.label()));
    if (sources.size() > 1) {
      html.append("<sup class=\"src\">");
      int shown = Math.min(sources.size() - 1, MOST_EXTRA_LINKS);
      for (int i = 0; i < shown; i++) {
        Source source = sources.get(i);
        html.append(i > 0 ? " " : "").append(link(source, Long.toString(source.seq()),
            "also event " + source.seq() + ": " + source.label()));
      }
      if (sources.size() - 1 > shown) {
        html.append(" +").append(sources.size() - 1 - shown).append(" more");
      }
      html.append("</sup>");
    }
    return html.toString();
  }

  /**
   * The same inside an SVG {@code <text>} element, which cannot hold HTML: the links carry an
   * SVG {@code <title>} instead of a title attribute, the earlier events in brackets.
   */
  String svgNumber(Figure figure) {
    List<Source> sources = figure.sources();
    Source primary = sources.getLast();
    StringBuilder svg = new StringBuilder(svgLink(primary, format(figure), "event " + primary.seq() + ": "
        + primary.label()));
    for (int i = 0; i < Math.min(sources.size() - 1, MOST_EXTRA_LINKS); i++) {
      Source source = sources.get(i);
      svg.append(' ').append(svgLink(source, "[" + source.seq() + "]", "also event " + source.seq() + ": "
          + source.label()));
    }
    return svg.toString();
  }

  private String svgLink(Source source, String text, String title) {
    return "<a href=\"" + escape(links.href(source)) + "\"><title>" + escape(title) + "</title>" + escape(text)
        + "</a>";
  }

  /** A link to an event with the given text. */
  String link(Source source, String text, String title) {
    return "<a href=\"" + escape(links.href(source)) + "\" title=\"" + escape(title) + "\">" + escape(text) + "</a>";
  }

  /** The URL of an event. */
  String href(Source source) {
    return links.href(source);
  }

  /** The figure's value as a reader sees it: shares as percentages, no limit as "no limit". */
  static String format(Figure figure) {
    double v = figure.value();
    if (Double.isInfinite(v)) {
      return v > 0 ? "no limit" : "−∞";
    }
    return switch (figure.unit()) {
      case "share" -> String.format(Locale.ROOT, "%.1f%%", 100 * v);
      case "share of supply" -> Math.abs(v) >= 1e-4 || v == 0
          ? String.format(Locale.ROOT, "%.2f%%", 100 * v) : String.format(Locale.ROOT, "%.1e", v);
      case "coefficient" -> String.format(Locale.ROOT, "%.3f", v);
      default -> plain(v);
    };
  }

  private static String plain(double v) {
    double size = Math.abs(v);
    if (v == 0) {
      return "0";
    }
    if (size >= 100) {
      return String.format(Locale.ROOT, "%,.0f", v);
    }
    return size >= 0.1 ? String.format(Locale.ROOT, "%,.2f", v) : String.format(Locale.ROOT, "%.3g", v);
  }

  /**
   * Opens a table with a caption and column headings, in a region that scrolls sideways on a narrow
   * screen and so takes the keyboard's focus (WCAG 2.1.1: axe's scrollable-region-focusable).
   */
  static StringBuilder table(StringBuilder html, String caption, String... headings) {
    html.append("<div class=\"scroll\" role=\"region\" tabindex=\"0\" aria-label=\"").append(escape(caption))
        .append("\"><table><caption>").append(escape(caption)).append("</caption><thead><tr>");
    for (String heading : headings) {
      html.append("<th scope=\"col\">").append(escape(heading)).append("</th>");
    }
    return html.append("</tr></thead><tbody>");
  }

  static StringBuilder endTable(StringBuilder html) {
    return html.append("</tbody></table></div>");
  }

  /** A row: the first cell a row heading (text, escaped), the rest cells of ready markup. */
  static StringBuilder row(StringBuilder html, String heading, String... cells) {
    html.append("<tr><th scope=\"row\">").append(escape(heading)).append("</th>");
    for (String cell : cells) {
      // Numbers (always linked) align right, words left.
      html.append(cell.contains("<a ") ? "<td>" : "<td class=\"t\">").append(cell).append("</td>");
    }
    return html.append("</tr>");
  }

  static String yesNo(boolean yes) {
    return yes ? "yes" : "<strong>no</strong>";
  }

  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
