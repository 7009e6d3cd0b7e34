package org.serge.cli.demo;

import java.util.List;

/** Small inline SVG charts for reports: no scripts, no external files, readable in any browser. */
final class Svg {
  private static final int LABEL_WIDTH = 250;
  private static final int BAR_WIDTH = 420;
  private static final int ROW = 22;

  private Svg() {}

  /** Horizontal bars, negative values to the left of a zero line; labels on the left. */
  static String bars(String title, List<String> labels, double[] values, String format) {
    double largest = 1e-300;
    boolean negative = false;
    for (double v : values) {
      largest = Math.max(largest, Math.abs(v));
      negative |= v < 0;
    }
    int zero = LABEL_WIDTH + (negative ? BAR_WIDTH / 2 : 0);
    double scale = (negative ? BAR_WIDTH / 2.0 : BAR_WIDTH) / largest;
    int width = LABEL_WIDTH + BAR_WIDTH + 90;
    int height = ROW * values.length + 10;
    StringBuilder svg = new StringBuilder();
    svg.append(String.format("<svg viewBox=\"0 0 %d %d\" width=\"100%%\" role=\"img\" aria-label=\"%s\">"
        + "<title>%s</title>", width, height, escape(title), escape(title)));
    for (int i = 0; i < values.length; i++) {
      int y = i * ROW + 4;
      double length = Math.abs(values[i]) * scale;
      double x = values[i] < 0 ? zero - length : zero;
      svg.append(String.format("<text x=\"%d\" y=\"%d\" text-anchor=\"end\" class=\"label\">%s</text>",
          LABEL_WIDTH - 8, y + 14, escape(shorten(labels.get(i), 33))));
      svg.append(String.format(java.util.Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" class=\"%s\"/>",
          x, y, Math.max(length, 0.5), ROW - 6, values[i] < 0 ? "bar neg" : "bar"));
      // A negative bar's value sits right of the zero line, clear of the labels.
      double textX = values[i] < 0 ? zero + 4 : zero + length + 4;
      svg.append(String.format(java.util.Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" class=\"value\">%s</text>",
          textX, y + 14, escape(String.format(format, values[i]))));
    }
    svg.append(String.format("<line x1=\"%d\" x2=\"%d\" y1=\"0\" y2=\"%d\" class=\"axis\"/>", zero, zero, height));
    return svg.append("</svg>").toString();
  }

  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  private static String shorten(String text, int width) {
    return text.length() <= width ? text : text.substring(0, width - 1) + "…";
  }
}
