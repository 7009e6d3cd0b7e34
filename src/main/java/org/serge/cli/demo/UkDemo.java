package org.serge.cli.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.serge.formats.OnsTables;
import org.serge.planning.model.Economy;
import org.serge.planning.model.InputOutputSystem;
import org.serge.planning.result.Plan;
import org.serge.planning.solve.LeontiefSolution;
import org.serge.planning.solve.LeontiefSolver;
import org.serge.planning.solve.Planner;

/**
 * The planning part of {@code serge demo} on the UK 2019 tables: what the year's final use
 * took, a what-if, and an optimal plan under a CO2 limit with technology choice.
 */
final class UkDemo {
  static final String HEALTH = "CPA_Q86";
  static final double HEALTH_CHANGE = 0.10;
  static final double FOSSIL_CHANGE = -0.20;
  static final double CO2_CUT = 0.30;

  /** One product's figures in a comparison. */
  record ProductChange(String code, String name, double before, double after, double labourBefore,
      double labourAfter) {
    double change() {
      return after - before;
    }
  }

  /** Totals for one final demand. */
  record Totals(double demand, double output, double labour, double co2) {}

  /** A plan with the figures a reader needs beside it. */
  record PlanOutcome(String title, Economy economy, Plan plan, List<String> switched) {}

  /** Everything the demo computed. */
  record Result(String economy, String labourUnit, int products, Totals baseline, Totals whatIf,
      List<ProductChange> largestOutputs, List<ProductChange> whatIfChanges, PlanOutcome primaryOnly,
      PlanOutcome withAlternatives, double co2Limit, double labourAvailable, int iterations, double residual) {}

  private UkDemo() {}

  static Result run(OnsTables tables, Planner planner) {
    Economy ons = tables.economy();
    InputOutputSystem system = ons.primarySystem();
    LeontiefSolver solver = LeontiefSolver.defaults();
    double[] demand = tables.totalFinalDemand();
    double[] intensity = UkScenario.intensity(ons);
    LeontiefSolution base = solver.grossOutput(system, demand);
    double[] changed = whatIfDemand(tables);
    LeontiefSolution after = solver.grossOutput(system, changed);
    Totals baseline = totals(demand, base.values(), system, intensity);
    Totals whatIf = totals(changed, after.values(), system, intensity);

    double co2Limit = (1 - CO2_CUT) * baseline.co2();
    double labour = baseline.labour();
    Economy primary = UkScenario.withAlternatives(tables, co2Limit, labour);
    Economy onlyPrimary = primaryOnly(primary);
    PlanOutcome without = outcome("Primary technologies only", onlyPrimary,
        planner.plan(onlyPrimary, demand, Plan.Objective.MAX_FULFILMENT));
    PlanOutcome with = outcome("With low-carbon alternatives", primary,
        planner.plan(primary, demand, Plan.Objective.MAX_FULFILMENT));

    return new Result(ons.name(), ons.labourUnit(), ons.productCount(), baseline, whatIf,
        largest(ons, base.values(), base.values(), system, 12),
        changes(ons, base.values(), after.values(), system, 12), without, with, co2Limit, labour,
        base.iterations(), base.residual());
  }

  /** The 2019 final use with health services +10% and fossil fuels −20%, in every category. */
  static double[] whatIfDemand(OnsTables tables) {
    Economy ons = tables.economy();
    double[] demand = tables.totalFinalDemand();
    demand[ons.findProduct(HEALTH).orElseThrow()] *= 1 + HEALTH_CHANGE;
    for (String fuel : UkScenario.FOSSIL) {
      demand[ons.findProduct(fuel).orElseThrow()] *= 1 + FOSSIL_CHANGE;
    }
    return demand;
  }

  private static Totals totals(double[] demand, double[] output, InputOutputSystem system, double[] intensity) {
    double d = 0;
    double x = 0;
    double labour = 0;
    double co2 = 0;
    for (int i = 0; i < output.length; i++) {
      d += demand[i];
      x += output[i];
      labour += system.labour(i) * output[i];
      co2 += intensity[i] * output[i];
    }
    return new Totals(d, x, labour, co2);
  }

  private static List<ProductChange> largest(Economy e, double[] before, double[] after, InputOutputSystem s, int top) {
    return ranked(e, before, after, s, Comparator.comparingDouble((Integer i) -> -after[i]), top);
  }

  private static List<ProductChange> changes(Economy e, double[] before, double[] after, InputOutputSystem s, int top) {
    return ranked(e, before, after, s, Comparator.comparingDouble((Integer i) -> -Math.abs(after[i] - before[i])), top);
  }

  private static List<ProductChange> ranked(Economy e, double[] before, double[] after, InputOutputSystem s,
      Comparator<Integer> order, int top) {
    return IntStream.range(0, before.length).boxed().sorted(order).limit(top)
        .map(i -> new ProductChange(e.productCode(i), e.productName(i), before[i], after[i],
            s.labour(i) * before[i], s.labour(i) * after[i]))
        .toList();
  }

  private static PlanOutcome outcome(String title, Economy economy, Plan plan) {
    List<String> switched = new ArrayList<>();
    var all = economy.technologies();
    for (int t = 0; t < all.count(); t++) {
      int product = all.product(t);
      double share = plan.output()[product] > 0 ? plan.activity()[t] / plan.output()[product] : 0;
      if (t != economy.primaryTechnology(product) && share > 0.01) {
        switched.add(String.format("%s (%.0f%%)", economy.productCode(product), 100 * share));
      }
    }
    return new PlanOutcome(title, economy, plan, switched);
  }

  // The same economy without the alternatives: what the CO2 limit costs with no choice.
  private static Economy primaryOnly(Economy economy) {
    return economy.withTechnologies("UK 2019, primary technologies only",
        t -> economy.primaryTechnology(economy.technologies().product(t)) == t);
  }

  static Map<String, String> assumptions() {
    return Map.of(
        "co2", String.format("%,.0f t of CO2 per £ million of fossil fuel bought (illustrative: the tables hold no emissions)",
            UkScenario.TONNES_CO2_PER_MILLION),
        "alternatives", String.format("low-carbon alternatives keep %.0f%% of fossil inputs, buy 1.2× the rest as electricity "
            + "(as machinery and construction for electricity itself) and need %.0f%% more labour",
            100 * UkScenario.FOSSIL_KEPT, 100 * UkScenario.EXTRA_LABOUR),
        "limits", String.format("labour: the 2019 total; CO2: %.0f%% below the 2019 production emissions", 100 * CO2_CUT),
        "whatIf", String.format("final use of health services (%s) %+.0f%%, of fossil fuels %+.0f%%",
            HEALTH, 100 * HEALTH_CHANGE, 100 * FOSSIL_CHANGE));
  }
}
