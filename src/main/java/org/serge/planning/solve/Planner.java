package org.serge.planning.solve;

import java.util.ArrayList;
import java.util.List;
import org.serge.InvalidInputException;
import org.serge.SergeException;
import org.serge.planning.model.Economy;
import org.serge.planning.model.Resources;
import org.serge.planning.model.Technologies;
import org.serge.planning.result.Limit;
import org.serge.planning.result.Plan;
import org.serge.planning.result.Plan.Objective;

/**
 * Computes optimal plans: chooses among alternative technologies and sets every activity so
 * that targets are met as far as labour, resources and capacities allow.
 *
 * <p>A fulfilment plan is solved in two phases: first the largest λ, then the least labour
 * that still reaches λ. The second phase picks, among the many plans with the best λ, the
 * one that wastes no work, and its duals are the indicative prices in labour units: the
 * labour one more unit of a product costs, the labour one more unit of a resource saves.
 * Thread-safe if the solver is.
 */
public final class Planner {
  // First-order solvers (PDLP) meet constraints to ~1e-6 relative: a limit used to within
  // 1e-5 of its bound is binding.
  private static final double BINDING = 1e-5;
  private final LpSolver solver;
  private final double timeLimitSeconds;

  public Planner(LpSolver solver, double timeLimitSeconds) {
    this.solver = solver;
    this.timeLimitSeconds = timeLimitSeconds;
  }

  public Plan plan(Economy economy, double[] targets, Objective objective) {
    if (targets.length != economy.productCount()) {
      throw new IllegalArgumentException("need one target per product");
    }
    return objective == Objective.MAX_FULFILMENT
        ? maxFulfilment(economy, targets) : minLabour(economy, targets);
  }

  private Plan maxFulfilment(Economy economy, double[] targets) {
    requireSomeLimit(economy);
    LinearProgram first = PlanProgram.maxFulfilment(economy, targets);
    LpSolution best = solve(first);
    if (best.status() == LpStatus.UNBOUNDED) {
      throw new InvalidInputException(null, 0, "targets",
          "nothing limits this plan: every target can grow without bound (all targets zero?)");
    }
    if (!best.hasSolution()) {
      throw failed(best, economy);
    }
    double lambda = best.values()[first.columns() - 1];
    // Aim a hair below λ* so that the solver's tolerances cannot make phase two infeasible.
    LpSolution cheapest = solve(PlanProgram.minLabour(economy, targets, lambda * (1 - 1e-9), false));
    LpSolution used = cheapest.hasSolution() ? cheapest : best;
    return describe(economy, Objective.MAX_FULFILMENT, lambda, used, best.seconds() + cheapest.seconds());
  }

  private Plan minLabour(Economy economy, double[] targets) {
    LpSolution solution = solve(PlanProgram.minLabour(economy, targets, 1, false));
    if (solution.status() == LpStatus.INFEASIBLE) {
      return infeasible(economy, targets, solution);
    }
    if (!solution.hasSolution()) {
      throw failed(solution, economy);
    }
    return describe(economy, Objective.MIN_LABOUR, 1, solution, solution.seconds());
  }

  private LpSolution solve(LinearProgram program) {
    return solver.solve(program, timeLimitSeconds);
  }

  private Plan describe(Economy economy, Objective objective, double lambda, LpSolution solution,
      double seconds) {
    Technologies all = economy.technologies();
    int n = economy.productCount();
    double[] activity = java.util.Arrays.copyOf(solution.values(), all.count());
    double[] output = new double[n];
    double[] net = new double[n];
    double[] resourceUsed = new double[economy.resources().count()];
    double labour = 0;
    for (int t = 0; t < all.count(); t++) {
      double x = activity[t];
      output[all.product(t)] += x;
      net[all.product(t)] += x;
      labour += all.labour(t) * x;
      for (int k = all.inputStart(t); k < all.inputEnd(t); k++) {
        net[all.inputProduct(k)] -= all.inputAmount(k) * x;
      }
      for (int k = all.useStart(t); k < all.useEnd(t); k++) {
        resourceUsed[all.useResource(k)] += all.useAmount(k) * x;
      }
    }
    double[] duals = solution.rowDuals();
    double[] prices = new double[n];
    for (int p = 0; p < n; p++) {
      prices[p] = duals.length > p ? duals[p] : Double.NaN;
    }
    List<Limit> limits = limits(economy, activity, labour, resourceUsed, duals, solution.reducedCosts());
    return new Plan(objective, solution.status(), lambda, activity, output, net, labour,
        economy.labourAvailable(), resourceUsed, prices, limits, List.of(), solution.solver(), seconds);
  }

  private static List<Limit> limits(Economy economy, double[] activity, double labour,
      double[] resourceUsed, double[] duals, double[] reducedCosts) {
    List<Limit> limits = new ArrayList<>();
    double available = economy.labourAvailable();
    if (Double.isFinite(available)) {
      boolean binding = labour >= available - BINDING * Math.max(1, available);
      limits.add(new Limit("labour", "labour", economy.labourUnit(), available, labour, binding ? 1 : 0, binding));
    }
    Resources resources = economy.resources();
    for (int r = 0; r < resources.count(); r++) {
      double limit = resources.limit(r);
      if (Double.isFinite(limit)) {
        int row = PlanProgram.resourceRow(economy, r);
        // The dual is d(labour)/d(limit) ≤ 0: more of the resource saves labour.
        double price = duals.length > row ? Math.max(0, -duals[row]) : Double.NaN;
        boolean binding = resourceUsed[r] >= limit - BINDING * Math.max(1, limit);
        limits.add(new Limit("resource", resources.code(r), resources.unit(r), limit, resourceUsed[r], price, binding));
      }
    }
    Technologies all = economy.technologies();
    for (int t = 0; t < all.count(); t++) {
      double capacity = all.capacity(t);
      if (Double.isFinite(capacity)) {
        double price = reducedCosts.length > t ? Math.max(0, -reducedCosts[t]) : Double.NaN;
        boolean binding = activity[t] >= capacity - BINDING * Math.max(1, capacity);
        limits.add(new Limit("capacity", all.id(t), "units", capacity, activity[t], price, binding));
      }
    }
    return limits;
  }

  // Finds the smallest relaxation of the limits that makes the targets reachable.
  private Plan infeasible(Economy economy, double[] targets, LpSolution original) {
    LinearProgram elastic = PlanProgram.minLabour(economy, targets, 1, true);
    LpSolution relaxed = solve(elastic);
    List<Limit> conflicts = new ArrayList<>();
    if (relaxed.hasSolution()) {
      double[] x = relaxed.values();
      double[] activity = elastic.activities(x);
      for (int j = economy.technologies().count(); j < elastic.columns(); j++) {
        if (x[j] > 1e-9) {
          int row = elastic.entryRow(elastic.columnStart(j));
          conflicts.add(conflict(economy, elastic, row, activity[row] + x[j]));
        }
      }
    }
    return new Plan(Objective.MIN_LABOUR, LpStatus.INFEASIBLE, 0, new double[0], new double[0],
        new double[0], 0, economy.labourAvailable(), new double[0], new double[0], List.of(),
        conflicts, original.solver(), original.seconds() + relaxed.seconds());
  }

  private static Limit conflict(Economy economy, LinearProgram elastic, int row, double needed) {
    String name = elastic.rowName(row);
    double limit = elastic.rowUpper(row);
    if (row == PlanProgram.labourRow(economy)) {
      return new Limit("labour", "labour", economy.labourUnit(), limit, needed, 0, true);
    }
    if (name.startsWith("capacity:")) {
      return new Limit("capacity", name.substring("capacity:".length()), "units", limit, needed, 0, true);
    }
    int resource = row - PlanProgram.resourceRow(economy, 0);
    return new Limit("resource", name, economy.resources().unit(resource), limit, needed, 0, true);
  }

  private static SergeException failed(LpSolution solution, Economy economy) {
    return new SergeException("the " + solution.solver() + " solver ended with " + solution.status()
        + " after " + String.format("%.1f", solution.seconds()) + " s on '" + economy.name()
        + "'; try another --solver or a longer --time-limit");
  }

  private static void requireSomeLimit(Economy economy) {
    boolean limited = Double.isFinite(economy.labourAvailable());
    for (int r = 0; r < economy.resources().count() && !limited; r++) {
      limited = Double.isFinite(economy.resources().limit(r));
    }
    for (int t = 0; t < economy.technologies().count() && !limited; t++) {
      limited = Double.isFinite(economy.technologies().capacity(t));
    }
    if (!limited) {
      throw new InvalidInputException(null, 0, "labour available",
          "nothing limits this plan, so its fulfilment is unbounded: give the labour available "
              + "(the economy line's 4th field, or --labour) or a resource limit");
    }
  }
}
