package org.serge.planning.solve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import org.serge.ProgressListener;
import org.serge.SergeException;
import org.serge.planning.model.InputOutputSystem;

/**
 * Solves Leontief systems without forming the inverse: gross output x = (I − A)^-1 d and
 * labour values v = l (I − A)^-1, by the Neumann (Jacobi) iteration y ← A y + b.
 *
 * <p>Why this iteration: A ≥ 0 with spectral radius ρ < 1 in a productive economy, so it
 * converges at rate ρ from any start, keeps every iterate non-negative, and each step is
 * one pass over the sparse matrix — memory-bound, so it runs at the machine's bandwidth.
 * Krylov methods gain nothing on the disc-shaped spectra of input-output matrices.
 *
 * <p>The residual comes free: b − (I − A) y_k = y_{k+1} − y_k, so the solver stops at the
 * first y_k whose step is below the tolerance and returns y_k with its exact residual.
 * Rows are split into chunks of equal non-zeros and swept in parallel. Thread-safe.
 */
public final class LeontiefSolver {
  private static final int CHUNKS_PER_THREAD = 16;
  private static final int GROWTH_WINDOW = 25;

  private final double tolerance;
  private final int maxIterations;
  private final ForkJoinPool pool;
  private final ProgressListener progress;

  private LeontiefSolver(double tolerance, int maxIterations, ForkJoinPool pool,
      ProgressListener progress) {
    this.tolerance = tolerance;
    this.maxIterations = maxIterations;
    this.pool = pool;
    this.progress = progress;
  }

  // One worker per core: the common pool has one fewer, and a thread that submits to a pool
  // only waits, so sweeps submitted there would leave a core idle.
  private static final ForkJoinPool ALL_CORES =
      new ForkJoinPool(Runtime.getRuntime().availableProcessors());

  /** Tolerance 1e-12 on the relative residual, up to 20,000 iterations, all cores. */
  public static LeontiefSolver defaults() {
    return new LeontiefSolver(1e-12, 20_000, ALL_CORES, ProgressListener.NONE);
  }

  public LeontiefSolver withTolerance(double relativeResidual) {
    return new LeontiefSolver(relativeResidual, maxIterations, pool, progress);
  }

  public LeontiefSolver withMaxIterations(int iterations) {
    return new LeontiefSolver(tolerance, iterations, pool, progress);
  }

  /** Runs on a pool of its own with this many threads. */
  public LeontiefSolver withThreads(int threads) {
    return new LeontiefSolver(tolerance, maxIterations, new ForkJoinPool(threads), progress);
  }

  public LeontiefSolver withProgress(ProgressListener listener) {
    return new LeontiefSolver(tolerance, maxIterations, pool, listener);
  }

  /** Gross output x with (I − A) x = d. */
  public LeontiefSolution grossOutput(InputOutputSystem system, double[] demand) {
    return iterate(system.rowStart(), system.rowColumn(), system.rowValue(), demand);
  }

  /** Labour values v with v (I − A) = l: the labour embodied in a unit of each product. */
  public LeontiefSolution labourValues(InputOutputSystem system) {
    return iterate(system.columnStart(), system.columnRow(), system.columnValue(),
        system.labourVector());
  }

  /** Solves y = M y + b where M is given by compressed rows (start, index, value). */
  private LeontiefSolution iterate(int[] start, int[] index, double[] value, double[] b) {
    long began = System.nanoTime();
    int n = b.length;
    if (start.length != n + 1) {
      throw new IllegalArgumentException("the vector has " + n + " entries, the system " + (start.length - 1));
    }
    double scale = maxAbs(b);
    if (scale == 0) {
      return new LeontiefSolution(new double[n], 0, 0, seconds(began));
    }
    int[] chunks = chunks(start, pool.getParallelism() * CHUNKS_PER_THREAD);
    double[] current = b.clone();
    double[] next = new double[n];
    double[] chunkStep = new double[chunks.length - 1];
    double previousStep = Double.POSITIVE_INFINITY;
    int growing = 0;
    List<Double> ratios = new ArrayList<>();
    for (int iteration = 0; iteration < maxIterations; iteration++) {
      double[] from = current;
      double[] to = next;
      pool.submit(() -> IntStream.range(0, chunks.length - 1).parallel().forEach(c ->
          chunkStep[c] = sweep(start, index, value, b, from, to, chunks[c], chunks[c + 1])))
          .join();
      double step = maxOf(chunkStep) / scale;
      progress.progress("iterating", iteration + 1, 0);
      if (!Double.isFinite(step)) {
        throw nonProductive(Double.NaN, from);
      }
      if (step <= tolerance) {
        return new LeontiefSolution(from, iteration, step, seconds(began));
      }
      double ratio = step / previousStep;
      ratios.add(ratio);
      growing = ratio >= 1 ? growing + 1 : 0;
      if (growing >= GROWTH_WINDOW) {
        // Like a power iteration, the step ratio tends to the spectral radius.
        throw nonProductive(ratio, to);
      }
      previousStep = step;
      current = to;
      next = from;
    }
    double rate = geometricMean(ratios);
    if (rate >= 0.9999) {
      throw nonProductive(rate, current);
    }
    throw new SergeException(String.format(
        "the Leontief solve did not reach a residual of %.1e in %d iterations (residual %.2e, "
            + "convergence rate %.6f): raise --max-iterations", tolerance, maxIterations, previousStep, rate));
  }

  // One Neumann step over rows [from, to): out = M y + b; returns the largest |out − y|.
  private static double sweep(int[] start, int[] index, double[] value, double[] b,
      double[] y, double[] out, int from, int to) {
    double largest = 0;
    for (int i = from; i < to; i++) {
      double sum = b[i];
      for (int k = start[i], end = start[i + 1]; k < end; k++) {
        sum += value[k] * y[index[k]];
      }
      out[i] = sum;
      double change = Math.abs(sum - y[i]);
      if (change > largest || change != change) {
        largest = change;
      }
    }
    return largest;
  }

  /** Row boundaries splitting the non-zeros (plus one per row) into equal parts. */
  static int[] chunks(int[] start, int parts) {
    int n = start.length - 1;
    long work = (long) start[n] + n;
    List<Integer> bounds = new ArrayList<>();
    bounds.add(0);
    for (int part = 1, row = 0; part < parts; part++) {
      long target = work * part / parts;
      while (row < n && (long) start[row] + row < target) {
        row++;
      }
      if (row > bounds.getLast() && row < n) {
        bounds.add(row);
      }
    }
    bounds.add(n);
    return bounds.stream().mapToInt(Integer::intValue).toArray();
  }

  private static NonProductiveEconomyException nonProductive(double rate, double[] growth) {
    int[] fastest = IntStream.range(0, growth.length).boxed()
        .sorted(Comparator.comparingDouble((Integer i) -> -Math.abs(growth[i]))).limit(3)
        .mapToInt(Integer::intValue).toArray();
    return new NonProductiveEconomyException(rate, fastest, "");
  }

  private static double geometricMean(List<Double> ratios) {
    int from = Math.max(0, ratios.size() - GROWTH_WINDOW);
    double logSum = 0;
    for (int i = from; i < ratios.size(); i++) {
      logSum += Math.log(ratios.get(i));
    }
    return ratios.isEmpty() ? Double.NaN : Math.exp(logSum / (ratios.size() - from));
  }

  private static double maxAbs(double[] values) {
    double largest = 0;
    for (double v : values) {
      largest = Math.max(largest, Math.abs(v));
    }
    return largest;
  }

  private static double maxOf(double[] values) {
    double largest = 0;
    for (double v : values) {
      if (v > largest || v != v) {
        largest = v;
      }
    }
    return largest;
  }

  private static double seconds(long began) {
    return (System.nanoTime() - began) / 1e9;
  }
}
