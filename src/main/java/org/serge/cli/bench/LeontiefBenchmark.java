package org.serge.cli.bench;

import org.serge.planning.generate.EconomyGenerator;
import org.serge.planning.model.InputOutputSystem;
import org.serge.planning.solve.LeontiefSolution;
import org.serge.planning.solve.LeontiefSolver;

/**
 * Times Leontief solves on synthetic economies and relates the bytes they must stream to the
 * machine's triad bandwidth, measured in the same run.
 */
public final class LeontiefBenchmark {
  /** One measured size. */
  public record Row(int products, long nonZeros, int iterations, double residual, double seconds,
      double secondsPerIteration, double gigabytesPerSecond, double shareOfTriad) {}

  private LeontiefBenchmark() {}

  /**
   * Generates an economy of {@code products} with {@code inputs} inputs each and solves it
   * {@code repeats} times (after one warm-up), keeping the fastest.
   */
  public static Row run(int products, int inputs, long seed, int repeats, double triad) {
    var generated = EconomyGenerator.of(products, inputs, 1, seed).generate();
    InputOutputSystem system = generated.economy().primarySystem();
    LeontiefSolver solver = LeontiefSolver.defaults().withTolerance(1e-10);
    LeontiefSolution best = solver.grossOutput(system, generated.demand());
    for (int r = 0; r < repeats; r++) {
      LeontiefSolution again = solver.grossOutput(system, generated.demand());
      if (again.seconds() < best.seconds()) {
        best = again;
      }
    }
    // Bytes one sweep must move at least: values and column indices (12 per non-zero), the
    // row starts (4), demand, old and new iterate (8 each) per product; the solve makes
    // iterations + 1 sweeps. Same accounting as STREAM: no write-allocate traffic.
    double bytesPerSweep = 12.0 * system.nonZeros() + 28.0 * products;
    int sweeps = best.iterations() + 1;
    double perSweep = best.seconds() / sweeps;
    double gigabytes = bytesPerSweep / perSweep / 1e9;
    return new Row(products, system.nonZeros(), best.iterations(), best.residual(), best.seconds(),
        perSweep, gigabytes, gigabytes / triad);
  }
}
