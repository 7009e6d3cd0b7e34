/**
 * The plan report (issue 6 §3): a plan of the participatory cycle read three ways — by whom
 * (which workplace councils make what, with which hours, the free time left), for whom (what
 * each neighbourhood council and each person receives, public goods, distribution, trade
 * between regions) and to what end (the objectives and how far they are met, the limits that
 * bind and their premia, convergence) — plus each product's material balance.
 *
 * <p>Pure: {@link org.serge.planning.report.PlanReport#of} takes a
 * {@link org.serge.planning.report.PlanReportInput} (filled from the public record, or by
 * {@link org.serge.planning.report.SimulatedPlan} from a simulated cycle) and returns data;
 * every number is a {@link org.serge.planning.report.Figure} carrying the
 * {@link org.serge.planning.report.Source} events it came from. Rendering (HTML, JSON, CSV)
 * is done in {@code org.serge.formats}. See docs/plan-report.md.
 */
package org.serge.planning.report;
