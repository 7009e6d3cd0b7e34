package org.serge.planning.solve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Pins values, statuses and the dual sign convention of every OR-Tools solver. */
class OrToolsLpSolverTest {
  private static final double INF = Double.POSITIVE_INFINITY;

  // OR-Tools 9.15 returns row activities as HiGHS "duals": the solver hands back none.
  private static void assertDuals(LpSolver.Kind kind, double[] want, double[] got) {
    if (kind == LpSolver.Kind.HIGHS) {
      assertEquals(0, got.length);
    } else {
      assertArrayEquals(want, got, tolerance(kind));
    }
  }

  // PDLP is a first-order method: looser than the simplex solvers.
  private static double tolerance(LpSolver.Kind kind) {
    return kind == LpSolver.Kind.PDLP ? 1e-4 : 1e-7;
  }

  /** max 4x + 3y s.t. x + y ≤ 4, 2x + y ≤ 6, x ≤ 10: optimum (2, 2) = 14, duals (2, 1, 0). */
  @ParameterizedTest
  @EnumSource(LpSolver.Kind.class)
  void maximisationDualIsTheGainPerUnitOfRightHandSide(LpSolver.Kind kind) {
    LinearProgram.Builder b = LinearProgram.builder("max").maximize(true);
    int x = b.addColumn("x", 4, 0, INF);
    int y = b.addColumn("y", 3, 0, INF);
    int r1 = b.addRow("r1", -INF, 4);
    int r2 = b.addRow("r2", -INF, 6);
    int r3 = b.addRow("r3", -INF, 10);
    b.add(r1, x, 1).add(r1, y, 1).add(r2, x, 2).add(r2, y, 1).add(r3, x, 1);
    LpSolution s = LpSolvers.of(kind).solve(b.build(), 10);
    double eps = tolerance(kind);
    assertEquals(LpStatus.OPTIMAL, s.status());
    assertEquals(14, s.objective(), eps);
    assertArrayEquals(new double[] {2, 2}, s.values(), eps);
    assertDuals(kind, new double[] {2, 1, 0}, s.rowDuals());
    assertDuals(kind, new double[] {0, 0}, s.reducedCosts());
    assertEquals(kind.name().toLowerCase(java.util.Locale.ROOT), s.solver());
  }

  /** min 2x + 3y + 1 s.t. x + y ≥ 4, x + 3y ≥ 6, y ≤ 5: optimum (3, 1) = 10, duals (1.5, 0.5). */
  @ParameterizedTest
  @EnumSource(LpSolver.Kind.class)
  void minimisationDualIsTheCostPerUnitOfRightHandSide(LpSolver.Kind kind) {
    LinearProgram.Builder b = LinearProgram.builder("min").objectiveOffset(1);
    int x = b.addColumn("x", 2, 0, INF);
    int y = b.addColumn("y", 3, 0, 5);
    int r1 = b.addRow("r1", 4, INF);
    int r2 = b.addRow("r2", 6, INF);
    b.add(r1, x, 1).add(r1, y, 1).add(r2, x, 1).add(r2, y, 3);
    LpSolution s = LpSolvers.of(kind).solve(b.build(), 10);
    double eps = tolerance(kind);
    assertEquals(LpStatus.OPTIMAL, s.status());
    assertEquals(10, s.objective(), eps);
    assertArrayEquals(new double[] {3, 1}, s.values(), eps);
    assertDuals(kind, new double[] {1.5, 0.5}, s.rowDuals());
  }

  /** A column whose cost keeps it at its lower bound has reduced cost c_j − yᵀA_j > 0 in a min. */
  @ParameterizedTest
  @EnumSource(LpSolver.Kind.class)
  void reducedCostOfAColumnAtItsLowerBound(LpSolver.Kind kind) {
    LinearProgram.Builder b = LinearProgram.builder("rc");
    int x = b.addColumn("x", 1, 0, INF);
    int z = b.addColumn("z", 5, 0, INF);
    int r = b.addRow("r", 2, INF);
    b.add(r, x, 1).add(r, z, 1);
    LpSolution s = LpSolvers.of(kind).solve(b.build(), 10);
    assertEquals(LpStatus.OPTIMAL, s.status());
    assertDuals(kind, new double[] {1}, s.rowDuals());
    assertDuals(kind, new double[] {0, 4}, s.reducedCosts());
  }

  @ParameterizedTest
  @EnumSource(value = LpSolver.Kind.class, names = {"GLOP", "HIGHS"})
  void infeasibleAndUnboundedAreReported(LpSolver.Kind kind) {
    LinearProgram.Builder infeasible = LinearProgram.builder("infeasible");
    int x = infeasible.addColumn("x", 1, 0, 1);
    infeasible.add(infeasible.addRow("r", 2, INF), x, 1);
    assertEquals(LpStatus.INFEASIBLE, LpSolvers.of(kind).solve(infeasible.build(), 10).status());

    LinearProgram.Builder unbounded = LinearProgram.builder("unbounded").maximize(true);
    int y = unbounded.addColumn("y", 1, 0, INF);
    unbounded.add(unbounded.addRow("r", 1, INF), y, 1);
    assertEquals(LpStatus.UNBOUNDED, LpSolvers.of(kind).solve(unbounded.build(), 10).status());
  }
}
