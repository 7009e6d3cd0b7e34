package org.serge.cli.council;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.serge.council.Row;
import org.serge.council.deliberation.Content;
import org.serge.council.deliberation.PublishedDecision;
import org.serge.council.deliberation.Shown;

/**
 * Renders query rows for people (aligned tables, long texts cut) and for scripts (JSON with
 * the row's columns). Hidden content is shown with its hiding: nothing is left out.
 */
final class Views {
  private Views() {}

  static ObjectNode json(Row row) {
    ObjectNode node = Submission.MAPPER.createObjectNode();
    row.columns().forEach((column, value) -> {
      switch (value) {
        case null -> node.putNull(column);
        case Long n -> node.put(column, n);
        case Boolean b -> node.put(column, b);
        default -> node.put(column, value.toString());
      }
    });
    return node;
  }

  static ArrayNode json(Collection<? extends Row> rows) {
    ArrayNode array = Submission.MAPPER.createArrayNode();
    rows.forEach(r -> array.add(json(r)));
    return array;
  }

  /** Content with its hiding, if hidden: {@code {…columns, "hidden":{"reason":…,"by":…}}}. */
  static ObjectNode json(Shown<? extends Content> shown) {
    ObjectNode node = json(shown.content());
    if (shown.isHidden()) {
      node.putObject("hidden").put("reason", shown.reason()).put("by", shown.hiddenBy());
    }
    return node;
  }

  static ObjectNode json(PublishedDecision published) {
    ObjectNode node = json(published.decision());
    ArrayNode reports = node.putArray("minorityReports");
    published.reports().forEach(r -> reports.add(json(r)));
    return node;
  }

  /** Rows as a JSON array, or as an aligned table of {@code columns} for people. */
  static void list(PrintWriter out, boolean json, Collection<? extends Row> rows, List<String> columns) {
    if (json) {
      out.println(Submission.write(json(rows)));
    } else {
      table(out, rows, columns);
    }
  }

  /** An aligned table of the given columns, texts cut to a line. */
  static void table(PrintWriter out, Collection<? extends Row> rows, List<String> columns) {
    if (rows.isEmpty()) {
      out.println("  (none)");
      return;
    }
    List<String[]> lines = new ArrayList<>();
    lines.add(columns.toArray(String[]::new));
    for (Row row : rows) {
      Map<String, Object> values = row.columns();
      lines.add(columns.stream().map(c -> cell(values.get(c))).toArray(String[]::new));
    }
    int[] widths = new int[columns.size()];
    lines.forEach(l -> {
      for (int i = 0; i < l.length; i++) {
        widths[i] = Math.max(widths[i], l[i].length());
      }
    });
    for (String[] line : lines) {
      StringBuilder text = new StringBuilder(" ");
      for (int i = 0; i < line.length; i++) {
        text.append(' ').append(i == line.length - 1 ? line[i] : String.format("%-" + widths[i] + "s", line[i]));
      }
      out.println(text);
    }
  }

  /** One row as "column: value" lines. */
  static void fields(PrintWriter out, Row row) {
    row.columns().forEach((column, value) -> out.println("  " + column + ": " + (value == null ? "-" : value)));
  }

  static String cell(Object value) {
    String text = value == null ? "-" : value.toString().replace('\n', ' ');
    return text.length() > 48 ? text.substring(0, 47) + "…" : text;
  }

  /** Content's words, or the hiding notice followed by the words (hidden content stays readable). */
  static String words(Shown<? extends Content> shown, String words) {
    return shown.isHidden()
        ? "[hidden by " + shown.hiddenBy() + ": " + shown.reason() + "] " + words
        : words;
  }
}
