package org.serge.formats;

import java.util.stream.Collectors;
import org.serge.planning.report.Figure;
import org.serge.planning.report.PlanReport;
import org.serge.planning.report.Source;

/**
 * The plan report as CSV (RFC 4180, header line first): every figure as one row of one long
 * table — {@code section,council,product,measure,value,unit,sources}, sources the seqs of its
 * events joined by {@code ;}, values as {@link Double#toString} writes them (integers without
 * a fraction, {@code Infinity} for no limit), so they read back to the same doubles — and
 * the events they cite as a second table {@code seq,type,label}.
 */
public final class PlanReportCsv {
  /** The header of the figures table. */
  public static final String FIGURES_HEADER = "section,council,product,measure,value,unit,sources";
  /** The header of the events table. */
  public static final String EVENTS_HEADER = "seq,type,label";

  private PlanReportCsv() {}

  /** Every figure, one row each, in report order. */
  public static String figures(PlanReport report) {
    StringBuilder csv = new StringBuilder(FIGURES_HEADER).append("\n");
    for (Figure f : report.figures()) {
      String sources = f.sources().stream().map(s -> Long.toString(s.seq())).collect(Collectors.joining(";"));
      csv.append(Csv.line(f.section(), f.council(), f.product(), f.measure(), Csv.number(f.value()), f.unit(),
          sources)).append("\n");
    }
    return csv.toString();
  }

  /** Every event the figures cite, in log order. */
  public static String events(PlanReport report) {
    StringBuilder csv = new StringBuilder(EVENTS_HEADER).append("\n");
    for (Source s : report.events()) {
      csv.append(Csv.line(Long.toString(s.seq()), s.type(), s.label())).append("\n");
    }
    return csv.toString();
  }
}
