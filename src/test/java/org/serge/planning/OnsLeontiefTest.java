package org.serge.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.serge.OnsOfficial;
import org.serge.SharedData;
import org.serge.formats.OnsTables;
import org.serge.planning.model.InputOutputSystem;
import org.serge.planning.solve.DenseLeontief;
import org.serge.planning.solve.LeontiefSolution;
import org.serge.planning.solve.LeontiefSolver;

/** Golden test: Serge reproduces the ONS's own published Type I Leontief inverse and effects. */
class OnsLeontiefTest {
  private static final double TOLERANCE = 1e-10;
  private static Path ons;
  private static OnsTables tables;
  private static InputOutputSystem system;

  @BeforeAll
  static void read() {
    ons = SharedData.resolve("ons-ioat-2019");
    tables = OnsTables.read(ons);
    system = tables.economy().primarySystem();
  }

  @Test
  void readsAllProductsAndTheFinalUseColumns() {
    assertEquals(105, tables.economy().productCount());
    assertEquals("CPA_A01", tables.economy().productCode(0));
    assertTrue(tables.economy().findProduct("CPA_F41, F42 & F43").isPresent());
    assertEquals(9, tables.finalDemand().size());
  }

  @Test
  void inverseMatchesTheOfficialInverse() {
    double[][] official = OnsOfficial.inverse();
    double[][] inverse = DenseLeontief.inverse(system);
    double worst = 0;
    for (int i = 0; i < 105; i++) {
      for (int j = 0; j < 105; j++) {
        worst = Math.max(worst, Math.abs(inverse[i][j] - official[i][j]));
      }
    }
    assertTrue(worst <= TOLERANCE, "max abs error " + worst);
  }

  @Test
  void iterativeSolvesReproduceEveryColumnOfTheOfficialInverse() {
    double[][] official = OnsOfficial.inverse();
    LeontiefSolver solver = LeontiefSolver.defaults().withTolerance(1e-14);
    double worst = 0;
    for (int j = 0; j < 105; j++) {
      double[] unit = new double[105];
      unit[j] = 1;
      LeontiefSolution column = solver.grossOutput(system, unit);
      assertTrue(column.residual() <= 1e-14, "residual " + column.residual());
      for (int i = 0; i < 105; i++) {
        worst = Math.max(worst, Math.abs(column.values()[i] - official[i][j]));
      }
    }
    assertTrue(worst <= TOLERANCE, "max abs error " + worst);
  }

  @Test
  void labourValuesMatchTheOfficialCompensationEffects() {
    Map<String, Double> official = OnsOfficial.effects("D1");
    LeontiefSolution values = LeontiefSolver.defaults().withTolerance(1e-14).labourValues(system);
    double worst = 0;
    for (int j = 0; j < 105; j++) {
      String code = tables.economy().productCode(j);
      worst = Math.max(worst, Math.abs(values.values()[j] - official.get(code)));
    }
    assertTrue(worst <= TOLERANCE, "max abs error " + worst);
  }

  @Test
  void finalDemandOf2019GivesTheOfficialTotalOutput() {
    LeontiefSolution output = LeontiefSolver.defaults().grossOutput(system, tables.totalFinalDemand());
    for (int i = 0; i < 105; i++) {
      double want = tables.totalOutput()[i];
      assertEquals(want, output.values()[i], 1e-9 * want, tables.economy().productCode(i));
    }
    double wages = 0;
    for (double w : tables.compensation()) {
      wages += w;
    }
    assertEquals(wages, output.dot(system.labourVector()), 1e-9 * wages);
  }
}
