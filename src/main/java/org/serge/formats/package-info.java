/**
 * Readers and writers of the file formats Serge exchanges with the world: the ONS
 * input-output tables, Serge's own economy, demand and target files, MPS linear programs;
 * ballots as .blt (read and write) and RCTab contest configs with their cast vote records
 * (NIST CDF JSON, generic CSV, ES&S .xlsx), one reader per format on a shared base.
 * Every reader reports bad input as an {@link org.serge.InvalidInputException} naming the
 * file, line and field. The plan report's writers (PlanReportHtml, PlanReportJson with its
 * schema plan-report.schema.json, PlanReportCsv, PlanReportFiles) live here too. This is an adapter layer: the pure cores never import it.
 */
package org.serge.formats;
