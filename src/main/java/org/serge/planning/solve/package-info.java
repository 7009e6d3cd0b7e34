/**
 * The planning solvers: Leontief solves (iterative, and dense for the full inverse of small
 * tables), linear programs behind the swappable {@link org.serge.planning.solve.LpSolver}
 * interface, and the {@link org.serge.planning.solve.Planner} that turns an economy and
 * targets into an optimal plan.
 */
package org.serge.planning.solve;
