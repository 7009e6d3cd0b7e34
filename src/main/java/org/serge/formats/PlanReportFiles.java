package org.serge.formats;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.serge.InvalidInputException;
import org.serge.planning.report.PlanReport;

/**
 * Writes a plan report's files into a directory: {@code plan-ID.html}, {@code plan-ID.json},
 * {@code plan-ID.csv} (every figure) and {@code plan-ID-events.csv} (the events cited), ID
 * being the plan id with any character other than letters, digits, '.', '_' and '-' as '-'.
 * The one entry point for the CLI and the demo.
 */
public final class PlanReportFiles {
  /** The formats there are. */
  public enum Format {
    HTML,
    JSON,
    CSV;

    /** Parses {@code html}, {@code json} or {@code csv}; a bad name is refused naming --format. */
    public static Format parse(String text) {
      try {
        return valueOf(text.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new InvalidInputException(null, 0, "--format", "'" + text + "' is not html, json or csv");
      }
    }
  }

  private PlanReportFiles() {}

  /**
   * Writes the report in each format asked for, creating the directory if needed.
   *
   * @return the files written, in the order html, json, csv
   */
  public static List<Path> write(PlanReport report, Path directory, Set<Format> formats, RecordLinks links)
      throws IOException {
    String base = "plan-" + report.planId().replaceAll("[^A-Za-z0-9._-]", "-");
    List<Path> written = new ArrayList<>();
    Files.createDirectories(directory);
    if (formats.contains(Format.HTML)) {
      written.add(Files.writeString(directory.resolve(base + ".html"), PlanReportHtml.render(report, links)));
    }
    if (formats.contains(Format.JSON)) {
      written.add(Files.writeString(directory.resolve(base + ".json"), PlanReportJson.write(report)));
    }
    if (formats.contains(Format.CSV)) {
      written.add(Files.writeString(directory.resolve(base + ".csv"), PlanReportCsv.figures(report)));
      written.add(Files.writeString(directory.resolve(base + "-events.csv"), PlanReportCsv.events(report)));
    }
    return written;
  }
}
