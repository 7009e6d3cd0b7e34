package org.serge.planning.report;

import java.util.List;

/**
 * One number of the plan report with what it is and the record events it came from, so that
 * every figure can be traced back to the log. Immutable.
 *
 * <p>The labels place it in the report's one long table (and in the CSV): the section, the
 * council and product it is about ("" where it is about none), and the measure.
 *
 * @param section {@code by-whom}, {@code for-whom}, {@code to-what-end} or {@code balance}
 * @param council the council id the figure is about, or "" (a region code for regional figures)
 * @param product the product code the figure is about, or ""
 * @param measure what is measured, in a word or two ({@code hours per member})
 * @param value the number (may be infinite: no limit)
 * @param unit its unit ({@code hours}, {@code units}, {@code share}…)
 * @param sources the events it was computed from, at least one, in log order
 */
public record Figure(String section, String council, String product, String measure, double value,
    String unit, List<Source> sources) {

  public Figure {
    sources = List.copyOf(sources);
    if (sources.isEmpty()) {
      throw new IllegalArgumentException("the figure '" + measure + "' has no source");
    }
  }
}
