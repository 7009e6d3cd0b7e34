package org.serge.planning.cycle;

import java.util.List;
import org.junit.jupiter.api.Test;

class DebugTest {
  @Test
  void show() {
    Frame frame = Economies.frame(2).withResources(List.of("co2"), new double[] {40});
    Cycle cycle = Cycle.of(frame, CycleSettings.of(PriceRule.Kind.COST).withEpsilon(1e-9).withMaxRounds(30));
    Cycle.Outcome outcome = cycle.simulate(List.of(Economies.consumer("town", 10, 10, 0.5, 0.5)),
        Economies.leontief(new double[2][2], new double[] {1, 1}, new double[] {1, 0}, Economies.unlimited(2)),
        new double[2]);
    for (Round r : outcome.rounds()) {
      System.out.printf("%d p=%s mu=%s inc=%.6f S=%s D=%s co2=%.6f conv=%s%n", r.number(),
          java.util.Arrays.toString(r.prices().products()), java.util.Arrays.toString(r.prices().resources()),
          r.prices().incomePerHour(), java.util.Arrays.toString(r.tally().supply()),
          java.util.Arrays.toString(r.tally().consumption()), r.tally().resourceUse()[0], r.converged());
    }
  }
}
