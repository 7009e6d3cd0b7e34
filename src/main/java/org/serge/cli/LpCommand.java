package org.serge.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.serge.InvalidInputException;
import org.serge.formats.MpsReader;
import org.serge.planning.solve.LinearProgram;
import org.serge.planning.solve.LpSolution;
import org.serge.planning.solve.LpSolver;
import org.serge.planning.solve.LpSolvers;
import org.serge.planning.solve.LpStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code serge lp FILE}: reads an MPS file, solves it and reports the outcome. */
@Command(
    name = "lp",
    mixinStandardHelpOptions = true,
    description = {
      "Solve a linear program given in MPS format (fixed or free, .mps or .mps.gz).",
      "Integer markers are kept but relaxed: the LP relaxation is solved, and the report"
          + " says so.",
      "With --json, prints one line: {\"status\":\"OPTIMAL\",\"objective\":…,\"seconds\":…,"
          + " then solver, problem, rows, columns, nonZeros, integerColumns, relaxation,"
          + " iterations (-1: unknown), readSeconds}; objective is null when there is no"
          + " solution; seconds is the solve alone.",
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:a definitive answer: OPTIMAL, INFEASIBLE or UNBOUNDED",
      "1:no answer: NOT_SOLVED, FEASIBLE (stopped early), ABNORMAL, or a solver failure",
      "2:bad input: unreadable or malformed MPS (the message names file, line and field)",
    })
final class LpCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The MPS file (.mps, .mps.gz).")
  Path file;

  @Option(names = "--solver", paramLabel = "SOLVER", defaultValue = "GLOP",
      description = "glop (simplex, default), pdlp (first-order) or highs.")
  LpSolver.Kind solver;

  @Option(names = "--time-limit", paramLabel = "SECONDS",
      description = "Give up after this many seconds (default: no limit).")
  Double timeLimit;

  @Option(names = "--json", description = "Print the result as one JSON object.")
  boolean json;

  @Option(names = "--write-solution", paramLabel = "CSV",
      description = "Write the solution as CSV lines column,value (with a header).")
  Path solutionFile;

  @Override
  public Integer call() {
    if (timeLimit != null && !(timeLimit > 0)) {
      throw new InvalidInputException(null, 0, "--time-limit", "must be a positive number of seconds");
    }
    long start = System.nanoTime();
    LinearProgram program = MpsReader.read(file);
    double readSeconds = (System.nanoTime() - start) / 1e9;
    LpSolution solution = LpSolvers.of(solver).solve(program, timeLimit == null ? 0 : timeLimit);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(Json.compact(report(program, solution).put("readSeconds", readSeconds)));
    } else {
      printText(out, program, solution);
    }
    out.flush();
    if (solutionFile != null) {
      writeSolution(program, solution);
    }
    return exitCode(solution.status());
  }

  static int exitCode(LpStatus status) {
    return switch (status) {
      case OPTIMAL, INFEASIBLE, UNBOUNDED -> 0;
      case FEASIBLE, NOT_SOLVED, ABNORMAL -> 1;
    };
  }

  // Field order matters: scripts may match the leading status, objective and seconds.
  private static ObjectNode report(LinearProgram program, LpSolution solution) {
    ObjectNode node = Json.object();
    node.put("status", solution.status().name());
    if (Double.isFinite(solution.objective())) {
      node.put("objective", solution.objective());
    } else {
      node.putNull("objective");
    }
    node.put("seconds", solution.seconds());
    node.put("solver", solution.solver());
    node.put("problem", program.name());
    node.put("rows", program.rows());
    node.put("columns", program.columns());
    node.put("nonZeros", program.nonZeros());
    node.put("integerColumns", program.integerColumns());
    node.put("relaxation", program.integerColumns() > 0);
    node.put("iterations", solution.iterations());
    return node;
  }

  private static void printText(PrintWriter out, LinearProgram program, LpSolution solution) {
    out.printf(Locale.ROOT, "%s: %d rows, %d columns, %d non-zeros%n",
        program.name(), program.rows(), program.columns(), program.nonZeros());
    if (program.integerColumns() > 0) {
      out.printf(Locale.ROOT, "%d integer columns: the LP relaxation was solved%n", program.integerColumns());
    }
    out.printf(Locale.ROOT, "%s: %s in %.3f s%n", solution.solver(), solution.status(), solution.seconds());
    if (Double.isFinite(solution.objective())) {
      out.printf(Locale.ROOT, "objective %.10g%n", solution.objective());
    }
  }

  private void writeSolution(LinearProgram program, LpSolution solution) {
    if (!solution.hasSolution()) {
      spec.commandLine().getErr().println("serge: no solution to write (" + solution.status() + ")");
      return;
    }
    try (Writer writer = Files.newBufferedWriter(solutionFile)) {
      writer.write("column,value\n");
      double[] values = solution.values();
      for (int j = 0; j < values.length; j++) {
        writer.write(csvField(program.columnName(j)) + "," + values[j] + "\n");
      }
    } catch (IOException e) {
      throw new InvalidInputException(solutionFile.toString(), 0, null, "cannot write: " + e.getMessage());
    }
  }

  // Netlib names may hold commas or quotes in principle: quote them as RFC 4180 says.
  private static String csvField(String text) {
    if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0) {
      return text;
    }
    return '"' + text.replace("\"", "\"\"") + '"';
  }
}
