package org.serge.planning.solve;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPConstraintProto;
import com.google.ortools.linearsolver.MPModelProto;
import com.google.ortools.linearsolver.MPModelRequest;
import com.google.ortools.linearsolver.MPSolutionResponse;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPSolverResponseStatus;
import com.google.ortools.linearsolver.MPVariableProto;
import java.util.Locale;
import org.serge.SergeException;

/**
 * Solves a {@link LinearProgram} with Google OR-Tools: GLOP (primal/dual simplex), PDLP
 * (first-order primal-dual) or HiGHS, through one {@code MPModelProto} request. Integrality
 * flags are not passed on: these are LP solvers, so a mixed-integer model gets its LP
 * relaxation solved.
 *
 * <p><b>Dual sign convention.</b> {@link LpSolution#rowDuals()} holds, for each row, the
 * derivative of the optimal objective with respect to the row's binding bound: in a
 * maximisation a binding {@code ≤} row has a dual ≥ 0 (the objective gained per extra unit
 * of right-hand side); in a minimisation a binding {@code ≥} row has a dual ≥ 0 (the cost of
 * one more unit required). This is the convention OR-Tools reports for GLOP, PDLP and HiGHS
 * alike (GLOP and PDLP checked by {@code OrToolsLpSolverTest}). {@link LpSolution#reducedCosts()}
 * are {@code c_j − yᵀA_j} in the same convention.
 *
 * <p><b>HiGHS gives no duals here.</b> OR-Tools 9.15 fills the HiGHS response's dual field
 * with the row activities (Ax), not the duals, and leaves reduced costs out; both arrays
 * are therefore returned empty for HiGHS rather than wrong. Use GLOP when prices matter.
 *
 * <p>GLOP's presolve reports an unbounded program as infeasible; an INFEASIBLE answer from
 * GLOP is therefore checked once more without presolve, which tells the two apart.
 *
 * <p>Thread-safe: each call builds its own request. The native libraries load once, on the
 * first solve.
 */
public final class OrToolsLpSolver implements LpSolver {
  private final Kind kind;

  /** A solver of the given kind; fails on first use if this OR-Tools build lacks it. */
  public OrToolsLpSolver(Kind kind) {
    this.kind = kind;
  }

  @Override
  public Kind kind() {
    return kind;
  }

  @Override
  public LpSolution solve(LinearProgram program, double timeLimitSeconds) {
    Natives.load();
    MPModelRequest.Builder request =
        MPModelRequest.newBuilder().setModel(model(program)).setSolverType(solverType());
    if (timeLimitSeconds > 0 && Double.isFinite(timeLimitSeconds)) {
      request.setSolverTimeLimitSeconds(timeLimitSeconds);
    }
    if (kind == Kind.HIGHS) {
      request.setSolverSpecificParameters("output_flag=false"); // else HiGHS prints a banner on stdout
    }
    long start = System.nanoTime();
    MPSolutionResponse response = MPSolver.solveWithProto(request.build());
    if (kind == Kind.GLOP && response.getStatus() == MPSolverResponseStatus.MPSOLVER_INFEASIBLE) {
      response = MPSolver.solveWithProto(request.setSolverSpecificParameters("use_preprocessing:false").build());
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    return solution(program, response, seconds);
  }

  /** The program as OR-Tools' model proto: columns become variables, rows constraints. */
  static MPModelProto model(LinearProgram program) {
    MPModelProto.Builder model = MPModelProto.newBuilder()
        .setName(program.name())
        .setMaximize(program.maximize())
        .setObjectiveOffset(program.objectiveOffset());
    for (int j = 0; j < program.columns(); j++) {
      model.addVariable(MPVariableProto.newBuilder()
          .setLowerBound(program.columnLower(j))
          .setUpperBound(program.columnUpper(j))
          .setObjectiveCoefficient(program.objective(j)));
    }
    // The proto wants rows; the program is stored by columns: transpose once.
    int rows = program.rows();
    int[] rowStart = new int[rows + 1];
    for (int k = 0; k < program.nonZeros(); k++) {
      rowStart[program.entryRow(k) + 1]++;
    }
    for (int i = 0; i < rows; i++) {
      rowStart[i + 1] += rowStart[i];
    }
    int[] next = java.util.Arrays.copyOf(rowStart, rows);
    int[] column = new int[program.nonZeros()];
    double[] value = new double[program.nonZeros()];
    for (int j = 0; j < program.columns(); j++) {
      for (int k = program.columnStart(j); k < program.columnStart(j + 1); k++) {
        int at = next[program.entryRow(k)]++;
        column[at] = j;
        value[at] = program.entryValue(k);
      }
    }
    for (int i = 0; i < rows; i++) {
      MPConstraintProto.Builder row = MPConstraintProto.newBuilder()
          .setLowerBound(program.rowLower(i))
          .setUpperBound(program.rowUpper(i));
      for (int k = rowStart[i]; k < rowStart[i + 1]; k++) {
        row.addVarIndex(column[k]).addCoefficient(value[k]);
      }
      model.addConstraint(row);
    }
    return model.build();
  }

  private MPModelRequest.SolverType solverType() {
    return switch (kind) {
      case GLOP -> MPModelRequest.SolverType.GLOP_LINEAR_PROGRAMMING;
      case PDLP -> MPModelRequest.SolverType.PDLP_LINEAR_PROGRAMMING;
      case HIGHS -> MPModelRequest.SolverType.HIGHS_LINEAR_PROGRAMMING;
    };
  }

  private LpSolution solution(LinearProgram program, MPSolutionResponse response, double seconds) {
    String name = kind.name().toLowerCase(Locale.ROOT);
    MPSolverResponseStatus status = response.getStatus();
    if (status == MPSolverResponseStatus.MPSOLVER_SOLVER_TYPE_UNAVAILABLE) {
      throw new SergeException("the LP solver " + name + " is not in this OR-Tools build");
    }
    if (status == MPSolverResponseStatus.MPSOLVER_MODEL_INVALID) {
      throw new SergeException(name + " refused the model: " + response.getStatusStr());
    }
    LpStatus ours = status(status);
    // PDLP hands back its last iterate even when stopped: not a usable point, so drop it.
    boolean usable = ours == LpStatus.OPTIMAL || ours == LpStatus.FEASIBLE;
    double[] values = usable && response.getVariableValueCount() == program.columns()
        ? toArray(response.getVariableValueList()) : new double[0];
    double[] duals = usable && kind != Kind.HIGHS && response.getDualValueCount() == program.rows()
        ? toArray(response.getDualValueList()) : new double[0];
    double[] reduced = usable && response.getReducedCostCount() == program.columns()
        ? toArray(response.getReducedCostList()) : new double[0];
    double objective = values.length > 0 ? program.objectiveValue(values) : Double.NaN;
    // OR-Tools' proto response carries no iteration count for these solvers.
    return new LpSolution(ours, objective, values, duals, reduced, seconds, name, -1);
  }

  static LpStatus status(MPSolverResponseStatus status) {
    return switch (status) {
      case MPSOLVER_OPTIMAL -> LpStatus.OPTIMAL;
      case MPSOLVER_FEASIBLE -> LpStatus.FEASIBLE;
      case MPSOLVER_INFEASIBLE -> LpStatus.INFEASIBLE;
      case MPSOLVER_UNBOUNDED -> LpStatus.UNBOUNDED;
      case MPSOLVER_NOT_SOLVED, MPSOLVER_CANCELLED_BY_USER -> LpStatus.NOT_SOLVED;
      default -> LpStatus.ABNORMAL;
    };
  }

  private static double[] toArray(java.util.List<Double> list) {
    double[] array = new double[list.size()];
    for (int i = 0; i < array.length; i++) {
      array[i] = list.get(i);
    }
    return array;
  }

  // Loading the natives twice would fail, and costs ~1 s: do it once per JVM.
  private static final class Natives {
    private static boolean loaded;

    static synchronized void load() {
      if (!loaded) {
        Loader.loadNativeLibraries();
        loaded = true;
      }
    }
  }
}
