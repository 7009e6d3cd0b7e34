/**
 * Solvers for the planning core: the {@link org.serge.planning.solve.LinearProgram} model,
 * the {@link org.serge.planning.solve.LpSolver} interface with its plain-data
 * {@link org.serge.planning.solve.LpSolution}, and the OR-Tools implementation (GLOP, PDLP,
 * HiGHS) obtained through {@link org.serge.planning.solve.LpSolvers#of}. No file I/O here:
 * MPS files are read by {@code org.serge.formats.MpsReader}.
 */
package org.serge.planning.solve;
