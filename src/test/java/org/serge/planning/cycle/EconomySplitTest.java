package org.serge.planning.cycle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.serge.planning.cycle.EconomySplit.Neighbourhood;
import org.serge.planning.cycle.EconomySplit.Region;
import org.serge.planning.cycle.EconomySplit.Sector;
import org.serge.planning.model.InputOutputSystem;

/**
 * A table split into regions and councils, worked by hand on the two-product economy of
 * {@link HandSolvedCycleTest}: A = [[0.1, 0.2], [0.3, 0.1]], l = (1, 2), households d = (25,
 * 18.75), so x = (35, 32.5), labour 100 and labour values v = (2, 8/3).
 */
class EconomySplitTest {
  private static final InputOutputSystem TABLE =
      InputOutputSystem.ofDense(new double[][] {{0.1, 0.2}, {0.3, 0.1}}, new double[] {1, 2});
  private static final double[] HOUSEHOLDS = {25, 18.75};
  private static final List<Region> REGIONS = List.of(new Region("east", "East"), new Region("west", "West"));
  private static final List<Neighbourhood> PEOPLE =
      List.of(new Neighbourhood("town", "Town", 0, 30), new Neighbourhood("city", "City", 1, 70));

  private static EconomySplit.Spec spec(List<Sector> sectors) {
    return new EconomySplit.Spec(REGIONS, sectors, PEOPLE, 1, 1, 10, 1, 48);
  }

  /**
   * One sector a product; region east makes 40% of a and 50% of b. Output by (region,
   * sector): (14, 16.25, 21, 16.25); the households' basket at labour values is worth
   * v·d = 50 + 50, split as (20, 25, 30, 25); 100 hours shared by 100 members.
   */
  @Test
  void eachSectorIsMadeInEveryRegionAndEveryoneBuysTheNationalBasket() {
    EconomySplit.Split split = EconomySplit.of(TABLE, HOUSEHOLDS, new double[2], spec(List.of(
        new Sector("a", "A", new int[] {0}, new double[] {0.4, 0.6}),
        new Sector("b", "B", new int[] {1}, new double[] {0.5, 0.5}))));
    assertEquals(List.of("a-east", "b-east", "a-west", "b-west"), split.frame().products());
    assertArrayEquals(new int[] {0, 0, 1, 1}, split.frame().productRegion());
    assertArrayEquals(new double[] {14, 16.25, 21, 16.25}, split.balancedOutput(), 1e-9);
    assertEquals(100, split.hours(), 1e-9);
    LeontiefProducer eastB = split.producers().get(1);
    assertEquals("east-b", eastB.id());
    // b takes 0.2 of a a unit, bought 40% from the east and 60% from the west.
    assertArrayEquals(new double[] {0.08, 0.05, 0.12, 0.05}, eastB.inputsPerUnit(), 1e-12);
    assertEquals(2, eastB.hoursPerUnit());
    assertEquals(4, eastB.members(), "32.5 hours at 10 hours a worker");
    assertEquals(9.375, eastB.openingOutput(), 1e-12, "its share of the final demand for b");
    CobbDouglasConsumer city = split.consumers().get(1);
    assertEquals(1, city.hoursPerMember(), 1e-12);
    assertArrayEquals(new double[] {0.2, 0.25, 0.3, 0.25}, city.shares(), 1e-12);
    assertArrayEquals(new double[] {10, 9.375, 15, 9.375}, split.finalDemand(), 1e-9);
  }

  @Test
  void theCycleConvergesToTheBalancedOutputAndItsHours() {
    EconomySplit.Split split = EconomySplit.of(TABLE, new double[] {20, 10}, new double[] {5, 8.75}, spec(List.of(
        new Sector("a", "A", new int[] {0}, new double[] {0.4, 0.6}),
        new Sector("b", "B", new int[] {1}, new double[] {0.5, 0.5}))));
    Cycle.Outcome outcome = Cycle.of(split.frame(), CycleSettings.of(PriceRule.Kind.COST).withEpsilon(1e-6)
        .withThreads(2)).simulate(split.consumers(), split.producers(), split.publicDemand());
    assertTrue(outcome.converged(), "rounds: " + outcome.roundCount());
    assertArrayEquals(split.balancedOutput(), outcome.last().tally().supply(), 1e-4);
    assertEquals(100, outcome.last().tally().hoursWorked(), 1e-3);
    assertEquals(100, outcome.last().tally().hoursOffered(), 1e-9);
  }

  /** Both products in one sector: X = 67.5, a = (3.5 + 6.5 + 10.5 + 3.25) / 67.5, labour 100 / 67.5 a unit. */
  @Test
  void productsOfOneSectorAggregateAtTheirOutput() {
    EconomySplit.Split split = EconomySplit.of(TABLE, HOUSEHOLDS, new double[2], spec(List.of(
        new Sector("all", "All", new int[] {0, 1}, new double[] {0.5, 0.5}))));
    LeontiefProducer east = split.producers().getFirst();
    assertArrayEquals(new double[] {23.75 / 67.5 / 2, 23.75 / 67.5 / 2}, east.inputsPerUnit(), 1e-12);
    assertEquals(100 / 67.5, east.hoursPerUnit(), 1e-12);
    assertArrayEquals(new double[] {33.75, 33.75}, split.balancedOutput(), 1e-9);
    assertEquals(100, split.hours(), 1e-9);
  }

  /**
   * A federation a tenth of the size, counting hours 100 to the unit of labour: outputs a
   * tenth, 10 × 100 = 1,000 hours, 10 hours a member; east's b takes 1.625 × 2 × 100 = 325
   * hours, 33 workers at 10 hours; with 10^6 hours a worker, the 5 workers of the minimum.
   */
  @Test
  void aSmallerFederationPlansAtItsScale() {
    List<Sector> sectors = List.of(new Sector("a", "A", new int[] {0}, new double[] {0.4, 0.6}),
        new Sector("b", "B", new int[] {1}, new double[] {0.5, 0.5}));
    EconomySplit.Split split = EconomySplit.of(TABLE, HOUSEHOLDS, new double[2],
        new EconomySplit.Spec(REGIONS, sectors, PEOPLE, 0.1, 100, 10, 1, 48));
    assertArrayEquals(new double[] {1.4, 1.625, 2.1, 1.625}, split.balancedOutput(), 1e-9);
    assertEquals(1_000, split.hours(), 1e-9);
    assertEquals(10, split.consumers().getFirst().hoursPerMember(), 1e-12);
    assertEquals(33, split.producers().get(1).members());
    EconomySplit.Split few = EconomySplit.of(TABLE, HOUSEHOLDS, new double[2],
        new EconomySplit.Spec(REGIONS, sectors, PEOPLE, 0.1, 100, 1e6, 5, 48));
    assertTrue(few.producers().stream().allMatch(p -> p.members() == 5), "at least 5 workers a workplace");
  }

  @Test
  void aProductInNoSectorOrSharesNotSummingToOneAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> EconomySplit.of(TABLE, HOUSEHOLDS, new double[2],
        spec(List.of(new Sector("a", "A", new int[] {0}, new double[] {0.5, 0.5})))));
    assertThrows(IllegalArgumentException.class, () -> EconomySplit.of(TABLE, HOUSEHOLDS, new double[2],
        spec(List.of(new Sector("all", "All", new int[] {0, 1}, new double[] {0.5, 0.6})))));
  }
}
