package org.serge.cli;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.stream.IntStream;
import org.serge.planning.model.Economy;
import org.serge.planning.result.Limit;
import org.serge.planning.result.Plan;

/** A plan as a readable report for the terminal. */
final class PlanText {
  private PlanText() {}

  static void print(PrintWriter out, Economy economy, double[] targets, Plan plan, int top) {
    String goal = plan.objective() == Plan.Objective.MAX_FULFILMENT ? "maximise fulfilment" : "minimise labour";
    out.printf("Plan for '%s' (%s): %s — %s, %.2f s%n", economy.name(), goal, plan.status(), plan.solver(), plan.seconds());
    if (!plan.feasible()) {
      out.println("No plan meets every target within the limits. The smallest relaxation that would:");
      for (Limit l : plan.conflicts()) {
        out.printf("  %-9s %-20s needs %,.4g %s but %,.4g are available (short by %,.4g)%n",
            l.kind(), l.name(), l.used(), l.unit(), l.limit(), l.shortfall());
      }
      return;
    }
    out.printf("fulfilment λ = %.6f (every target met at %.2f%%)%n", plan.fulfilment(), 100 * plan.fulfilment());
    out.printf("labour used %,.1f %s%s%n%n", plan.labourUsed(), economy.labourUnit(),
        Double.isFinite(plan.labourAvailable()) ? String.format(" of %,.1f available", plan.labourAvailable()) : "");
    if (!plan.limits().isEmpty()) {
      out.printf("%-9s %-20s %16s %16s %6s %14s%n", "limit", "name", "used", "available", "binds", "shadow price");
      plan.limits().stream().sorted(Comparator.comparing(l -> !l.binding())).limit(Math.max(top, 10))
          .forEach(l -> out.printf("%-9s %-20s %,16.1f %,16.1f %6s %14s%n", l.kind(),
              Tables.shorten(l.name(), 20), l.used(), l.limit(), l.binding() ? "yes" : "no", price(l.price(), "%.6g")));
      out.println("(shadow price: labour saved per extra unit of the limit)");
      out.println();
    }
    int rows = top <= 0 ? targets.length : Math.min(top, targets.length);
    out.printf("%-22s %14s %14s %14s %12s%n", "product", "target", "net output", "gross output", "price");
    IntStream.range(0, targets.length).boxed().sorted(Comparator.comparingDouble((Integer p) -> -plan.output()[p]))
        .limit(rows).forEach(p -> out.printf("%-22s %,14.1f %,14.1f %,14.1f %12s%n",
            Tables.shorten(economy.productCode(p), 22), targets[p], plan.netOutput()[p], plan.output()[p],
            price(plan.prices()[p], "%.4f")));
    if (rows < targets.length) {
      out.printf("… %,d more (--top 0 shows all; --json for machines)%n", targets.length - rows);
    }
    if (plan.prices().length > 0 && Double.isNaN(plan.prices()[0])) {
      out.printf("(n/a: %s gives no duals through OR-Tools, so no prices; use --solver glop or pdlp for them)%n",
          plan.solver());
    }
  }

  private static String price(double value, String format) {
    return Double.isNaN(value) ? "n/a" : String.format(format, value);
  }
}
