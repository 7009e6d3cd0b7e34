package org.serge.voting.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Map;
import org.serge.voting.CountResult;
import org.serge.voting.Round;
import org.serge.voting.Transfer;

/**
 * The count sheet as one self-contained HTML page: per round a table and an inline SVG bar
 * chart where each candidate's bar shows the votes held, the part received by transfer at
 * the end of the previous round in a darker shade, and the threshold as a red line.
 */
public final class HtmlSheet {
  private static final int WIDTH = 520;
  private static final int BAR = 18;

  private HtmlSheet() {}

  public static String write(CountResult result) {
    StringBuilder out = new StringBuilder();
    out.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
        .append(escape(result.title())).append("</title><style>body{font-family:sans-serif}"
            + "td{padding:2px 8px}td.n{text-align:right}</style></head><body>\n");
    out.append("<h1>").append(escape(result.title().isEmpty() ? "Count" : result.title()))
        .append("</h1>\n<p>Rule ").append(escape(result.rule())).append(", seats ")
        .append(result.seats()).append(", valid votes ").append(result.votesIn().toPlainString())
        .append(". Elected: <b>").append(escape(String.join(", ", result.elected())))
        .append("</b>.</p>\n");
    BigDecimal max = BigDecimal.ONE;
    for (Round round : result.rounds()) {
      for (BigDecimal v : round.tally().values()) {
        max = max.max(v);
      }
      max = max.max(round.threshold());
    }
    Map<String, BigDecimal> received = new HashMap<>();
    for (Round round : result.rounds()) {
      out.append("<h2>Round ").append(round.number()).append("</h2>\n");
      out.append(chart(round, received, max));
      out.append("<table><tr><th>Candidate</th><th>Votes</th><th></th></tr>\n");
      round.tally().forEach((name, votes) -> out.append("<tr><td>").append(escape(name))
          .append("</td><td class=\"n\">").append(votes.toPlainString()).append("</td><td>")
          .append(round.elected().contains(name) ? "elected"
              : round.eliminated().contains(name) ? "eliminated" : "")
          .append("</td></tr>\n"));
      out.append("<tr><td><i>exhausted</i></td><td class=\"n\">")
          .append(round.exhausted().toPlainString()).append("</td><td></td></tr></table>\n");
      received = new HashMap<>();
      for (Transfer t : round.transfers()) {
        for (Map.Entry<String, BigDecimal> e : t.to().entrySet()) {
          received.merge(e.getKey(), e.getValue(), BigDecimal::add);
        }
        if (!t.to().isEmpty()) {
          out.append("<p>Transfer from ").append(escape(t.from())).append(": ");
          StringBuilder parts = new StringBuilder();
          t.to().forEach((to, v) -> parts.append(parts.isEmpty() ? "" : ", ")
              .append(escape(to)).append(' ').append(v.toPlainString()));
          out.append(parts).append("</p>\n");
        }
      }
      if (!round.note().isEmpty()) {
        out.append("<p><i>").append(escape(round.note())).append("</i></p>\n");
      }
    }
    return out.append("</body></html>\n").toString();
  }

  private static String chart(Round round, Map<String, BigDecimal> received, BigDecimal max) {
    int height = BAR * round.tally().size() + 10;
    StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
        .append(WIDTH + 220).append("\" height=\"").append(height).append("\">\n");
    int y = 4;
    for (Map.Entry<String, BigDecimal> e : round.tally().entrySet()) {
      int whole = scale(e.getValue(), max);
      int moved = Math.min(whole, scale(received.getOrDefault(e.getKey(), BigDecimal.ZERO), max));
      svg.append("<text x=\"0\" y=\"").append(y + 13).append("\" font-size=\"12\">")
          .append(escape(shorten(e.getKey()))).append("</text>");
      svg.append("<rect x=\"210\" y=\"").append(y).append("\" width=\"").append(whole - moved)
          .append("\" height=\"").append(BAR - 4).append("\" fill=\"#8ab\"/>");
      svg.append("<rect x=\"").append(210 + whole - moved).append("\" y=\"").append(y)
          .append("\" width=\"").append(moved).append("\" height=\"").append(BAR - 4)
          .append("\" fill=\"#247\"><title>received by transfer</title></rect>\n");
      y += BAR;
    }
    if (round.threshold().signum() > 0) {
      int x = 210 + scale(round.threshold(), max);
      svg.append("<line x1=\"").append(x).append("\" y1=\"0\" x2=\"").append(x)
          .append("\" y2=\"").append(height).append("\" stroke=\"red\"/>\n");
    }
    return svg.append("</svg>\n").toString();
  }

  private static int scale(BigDecimal value, BigDecimal max) {
    return value.multiply(BigDecimal.valueOf(WIDTH)).divide(max, 0, RoundingMode.DOWN).intValue();
  }

  private static String shorten(String name) {
    return name.length() > 32 ? name.substring(0, 31) + "…" : name;
  }

  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
