package org.serge.formats;

import java.util.List;
import java.util.Locale;
import org.serge.planning.report.Figure;

/**
 * Horizontal bar charts for the plan report, as inline SVG (no scripts, no external files).
 * Each bar's value is written beside it and links to the event it came from; the chart is a
 * labelled group, so screen readers read its labels and values in order. At most
 * {@link #MOST_BARS} bars: a chart of more councils shows the largest and says so.
 */
final class PlanCharts {
  static final int MOST_BARS = 40;
  private static final int LABEL_WIDTH = 220;
  private static final int BAR_WIDTH = 440;
  private static final int ROW = 22;

  private PlanCharts() {}

  /**
   * Bars of the figures (all ≥ 0 are drawn from a zero line; negative ones to its left),
   * with an optional marker line at {@code reference} (a limit), NaN for none.
   */
  static String bars(PlanHtml html, String id, String title, List<String> labels, List<Figure> values,
      double reference) {
    int count = Math.min(values.size(), MOST_BARS);
    double largest = Double.isFinite(reference) ? Math.abs(reference) : 1e-300;
    boolean negative = false;
    for (int i = 0; i < count; i++) {
      double v = finite(values.get(i).value());
      largest = Math.max(largest, Math.abs(v));
      negative |= v < 0;
    }
    int zero = LABEL_WIDTH + (negative ? BAR_WIDTH / 2 : 0);
    double scale = (negative ? BAR_WIDTH / 2.0 : BAR_WIDTH) / largest;
    int height = ROW * count + 10;
    StringBuilder svg = new StringBuilder("<figure>");
    svg.append(String.format(Locale.ROOT, "<svg viewBox=\"0 0 %d %d\" width=\"%d\" role=\"group\" "
        + "aria-labelledby=\"%s\"><title id=\"%s\">%s</title>", LABEL_WIDTH + BAR_WIDTH + 110, height,
        LABEL_WIDTH + BAR_WIDTH + 110, id, id,
        PlanHtml.escape(title)));
    for (int i = 0; i < count; i++) {
      int y = i * ROW + 4;
      double v = finite(values.get(i).value());
      double length = Math.abs(v) * scale;
      svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\" class=\"label\">%s</text>",
          LABEL_WIDTH - 8, y + 14, PlanHtml.escape(shorten(labels.get(i), 30))));
      svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" class=\"%s\"/>",
          v < 0 ? zero - length : zero, y, Math.max(length, 0.5), ROW - 6, v < 0 ? "bar neg" : "bar"));
      double textX = v < 0 ? zero + 4 : zero + length + 4;
      svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" class=\"value\">", textX, y + 14))
          .append(html.svgNumber(values.get(i))).append("</text>");
    }
    svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%d\" y1=\"0\" y2=\"%d\" class=\"axis\"/>",
        zero, zero, height));
    if (Double.isFinite(reference)) {
      double x = zero + reference * scale;
      svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" x2=\"%.1f\" y1=\"0\" y2=\"%d\" class=\"limit\"/>",
          x, x, height));
    }
    svg.append("</svg><figcaption>").append(PlanHtml.escape(title));
    if (Double.isFinite(reference)) {
      svg.append(" The dashed line marks the limit.");
    }
    if (values.size() > count) {
      svg.append(String.format(Locale.ROOT, " The largest %d of %d are shown; the table lists all.", count,
          values.size()));
    }
    return svg.append("</figcaption></figure>").toString();
  }

  /** Indices of the figures from the largest value down (the order a long chart keeps). */
  static List<Integer> largestFirst(List<Figure> values) {
    return java.util.stream.IntStream.range(0, values.size()).boxed()
        .sorted((a, b) -> Double.compare(finite(values.get(b).value()), finite(values.get(a).value()))).toList();
  }

  private static double finite(double v) {
    return Double.isFinite(v) ? v : 0;
  }

  private static String shorten(String text, int width) {
    return text.length() <= width ? text : text.substring(0, width - 1) + "…";
  }
}
