package org.serge.planning;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.serge.planning.generate.EconomyGenerator;
import org.serge.planning.model.InputOutputSystem;
import org.serge.planning.solve.DenseLeontief;
import org.serge.planning.solve.LeontiefSolution;
import org.serge.planning.solve.LeontiefSolver;
import org.serge.planning.solve.NonProductiveEconomyException;

class LeontiefSolverTest {
  // Two goods solved by hand: corn needs 0.1 corn + 0.2 iron, iron needs 0.4 corn.
  // (I − A) = [[0.9, −0.4], [−0.2, 1]]; det = 0.82; for d = (1, 1): x = (1.4, 1.1) / 0.82.
  private static final double[][] A = {{0.1, 0.4}, {0.2, 0}};
  private static final double[] LABOUR = {0.5, 1.5};

  @Test
  void solvesASystemKnownByHand() {
    InputOutputSystem system = InputOutputSystem.ofDense(A, LABOUR);
    LeontiefSolution x = LeontiefSolver.defaults().grossOutput(system, new double[] {1, 1});
    assertArrayEquals(new double[] {1.4 / 0.82, 1.1 / 0.82}, x.values(), 1e-11);
    assertTrue(x.residual() <= 1e-12);
    // v = l (I − A)^-1: v1 = (0.5·1 + 1.5·0.2)/0.82, v2 = (0.5·0.4 + 1.5·0.9)/0.82.
    LeontiefSolution v = LeontiefSolver.defaults().labourValues(system);
    assertArrayEquals(new double[] {0.8 / 0.82, 1.55 / 0.82}, v.values(), 1e-11);
    // Total labour is the same counted either way: l·x = v·d.
    assertEquals(x.dot(LABOUR), v.values()[0] + v.values()[1], 1e-11);
  }

  @Test
  void inverseOfTheHandSystem() {
    double[][] inverse = DenseLeontief.inverse(InputOutputSystem.ofDense(A, LABOUR));
    assertArrayEquals(new double[] {1 / 0.82, 0.4 / 0.82}, inverse[0], 1e-14);
    assertArrayEquals(new double[] {0.2 / 0.82, 0.9 / 0.82}, inverse[1], 1e-14);
  }

  @Test
  void zeroDemandNeedsNoOutput() {
    LeontiefSolution x = LeontiefSolver.defaults()
        .grossOutput(InputOutputSystem.ofDense(A, LABOUR), new double[2]);
    assertArrayEquals(new double[2], x.values());
  }

  @Test
  void reportsANonProductiveEconomyInsteadOfDiverging() {
    // Each good needs 0.6 of the other and 0.5 of itself: spectral radius 1.1.
    double[][] greedy = {{0.5, 0.6}, {0.6, 0.5}};
    InputOutputSystem system = InputOutputSystem.ofDense(greedy, LABOUR);
    NonProductiveEconomyException error = assertThrows(NonProductiveEconomyException.class,
        () -> LeontiefSolver.defaults().grossOutput(system, new double[] {1, 1}));
    assertEquals(1.1, error.spectralRadiusEstimate(), 1e-3);
    assertTrue(error.getMessage().contains("not productive"), error.getMessage());
    assertThrows(NonProductiveEconomyException.class, () -> DenseLeontief.inverse(system));
  }

  @Test
  void reportsAnEconomyExactlyAtTheEdge() {
    double[][] edge = {{0.5, 0.5}, {0.5, 0.5}};
    InputOutputSystem system = InputOutputSystem.ofDense(edge, LABOUR);
    assertThrows(NonProductiveEconomyException.class,
        () -> LeontiefSolver.defaults().withMaxIterations(2_000).grossOutput(system, new double[] {1, 1}));
  }

  @Test
  void parallelSweepsGiveTheSameAnswerAsOneThread() {
    var generated = EconomyGenerator.of(20_000, 12, 1, 5).generate();
    InputOutputSystem system = generated.economy().primarySystem();
    double[] one = LeontiefSolver.defaults().withThreads(1).grossOutput(system, generated.demand()).values();
    double[] many = LeontiefSolver.defaults().withThreads(4).grossOutput(system, generated.demand()).values();
    assertArrayEquals(one, many, 0.0);
  }
}
