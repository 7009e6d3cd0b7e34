/**
 * The planning solvers: Leontief solves ({@link org.serge.planning.solve.LeontiefSolver},
 * iterative; {@link org.serge.planning.solve.DenseLeontief} for the full inverse of small
 * tables), the {@link org.serge.planning.solve.LinearProgram} model behind the swappable
 * {@link org.serge.planning.solve.LpSolver} interface with its plain-data
 * {@link org.serge.planning.solve.LpSolution} and the OR-Tools implementation (GLOP, PDLP,
 * HiGHS) from {@link org.serge.planning.solve.LpSolvers#of}, and the
 * {@link org.serge.planning.solve.Planner} that turns an economy and targets into an
 * optimal plan. No file I/O here: files are read by {@code org.serge.formats}.
 */
package org.serge.planning.solve;
