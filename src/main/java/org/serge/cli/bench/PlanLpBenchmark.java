package org.serge.cli.bench;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.serge.planning.generate.EconomyGenerator;
import org.serge.planning.solve.LinearProgram;
import org.serge.planning.solve.LpSolution;
import org.serge.planning.solve.LpSolver;
import org.serge.planning.solve.PlanProgram;

/**
 * The optimal-plan LP (maximise fulfilment λ of the generated final demand under the labour
 * and CO2 limits, choosing between two technologies per product) solved by each solver on
 * the very same program: the baseline a specialised planning solver must beat.
 */
final class PlanLpBenchmark {
  /** One solver on one size. */
  record Row(int products, int rows, int columns, long nonZeros, String solver, String status,
      double objective, double seconds, double peakMemoryMebibytes) {}

  private PlanLpBenchmark() {}

  static List<Row> run(List<Integer> sizes, List<String> solverNames, int inputs, long seed,
      double timeLimit, PrintWriter table, Function<LpSolver.Kind, LpSolver> solvers) {
    List<Row> rows = new ArrayList<>();
    Set<String> gaveUp = new HashSet<>();
    if (table != null && !sizes.isEmpty()) {
      table.printf("%n%-9s %9s %9s %10s %-6s %-10s %14s %9s %10s%n", "LP n", "rows", "columns", "non-zeros",
          "solver", "status", "λ", "seconds", "peak MiB");
    }
    for (int n : sizes) {
      var generated = EconomyGenerator.of(n, inputs, 2, seed).generate();
      LinearProgram program = PlanProgram.maxFulfilment(generated.economy(), generated.demand());
      for (String name : solverNames) {
        LpSolver.Kind kind = LpSolver.Kind.valueOf(name.toUpperCase(Locale.ROOT));
        Row row;
        if (gaveUp.contains(name)) {
          row = new Row(n, program.rows(), program.columns(), program.nonZeros(), name,
              "SKIPPED (no solution at a smaller size)", Double.NaN, Double.NaN, Double.NaN);
        } else {
          System.gc();
          boolean reset = ProcessMemory.resetPeak();
          double before = ProcessMemory.residentMebibytes();
          LpSolution solution = solvers.apply(kind).solve(program, timeLimit);
          double peak = reset ? ProcessMemory.peakMebibytes() - before : Double.NaN;
          row = new Row(n, program.rows(), program.columns(), program.nonZeros(), name,
              solution.status().name(), solution.objective(), solution.seconds(), peak);
          if (!solution.hasSolution()) {
            gaveUp.add(name);
          }
        }
        rows.add(row);
        if (table != null) {
          table.printf("%-9d %,9d %,9d %,10d %-6s %-10s %14.10f %9.2f %10.0f%n", row.products(), row.rows(),
              row.columns(), row.nonZeros(), row.solver(), row.status(), row.objective(), row.seconds(),
              row.peakMemoryMebibytes());
          table.flush();
        }
      }
    }
    return rows;
  }
}
