package org.serge.planning;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.serge.planning.generate.EconomyGenerator;
import org.serge.planning.model.Economy;
import org.serge.planning.model.Technologies;
import org.serge.planning.solve.LeontiefSolver;

class EconomyGeneratorTest {
  @Test
  void theSameSeedGivesTheSameEconomy() {
    var first = EconomyGenerator.of(2_000, 10, 2, 42).generate();
    var second = EconomyGenerator.of(2_000, 10, 2, 42).generate();
    assertArrayEquals(first.demand(), second.demand());
    assertEquals(first.economy().labourAvailable(), second.economy().labourAvailable());
    assertEquals(first.economy().technologies().inputCount(), second.economy().technologies().inputCount());
  }

  @Test
  void economiesHaveTheAskedShapeAndAreProductive() {
    var generated = EconomyGenerator.of(10_000, 20, 2, 1).generate();
    Economy economy = generated.economy();
    Technologies t = economy.technologies();
    assertEquals(20_000, t.count());
    double meanInputs = (double) t.inputCount() / t.count();
    assertTrue(meanInputs > 15 && meanInputs < 21, "mean inputs " + meanInputs);
    int most = 0;
    int[] users = new int[economy.productCount()];
    for (long k = 0; k < t.inputCount(); k++) {
      most = Math.max(most, ++users[t.inputProduct((int) k)]);
    }
    // Skewed degrees: the most used input feeds far more than the mean (≈ 2·f).
    assertTrue(most > 50 * meanInputs, "most used input has " + most + " users");
    var solution = LeontiefSolver.defaults().grossOutput(economy.primarySystem(), generated.demand());
    assertTrue(solution.residual() <= 1e-12);
    assertTrue(solution.iterations() < 100, "iterations " + solution.iterations());
    assertTrue(Double.isFinite(economy.labourAvailable()));
    assertTrue(Double.isFinite(economy.resources().limit(0)));
  }
}
