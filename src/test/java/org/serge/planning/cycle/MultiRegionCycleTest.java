package org.serge.planning.cycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.serge.planning.model.InputOutputSystem;
import org.serge.planning.solve.LeontiefSolver;

/**
 * Six federations planning together on the pymrio test MRIO: each (region, sector) is a
 * workplace with the MRIO's technology (inputs from any region: trade), each region's
 * people a consumer council whose Cobb-Douglas shares reproduce the MRIO's final demand at
 * labour values (value added stands for hours).
 */
class MultiRegionCycleTest {
  private static final double EPSILON = 1e-7;
  private static Mrio mrio;
  private static double[][] inputs;
  private static double[] hours;
  private static double[] co2;
  private static double emitted;

  @BeforeAll
  static void read() throws IOException {
    mrio = Mrio.read();
    double[] x = mrio.output();
    int n = x.length;
    inputs = new double[n][n];
    hours = new double[n];
    co2 = new double[n];
    for (int j = 0; j < n; j++) {
      for (int i = 0; i < n; i++) {
        inputs[i][j] = mrio.flows()[i][j] / x[j];
      }
      hours[j] = mrio.valueAdded()[j] / x[j];
      co2[j] = mrio.emissions()[j] / x[j];
      emitted += mrio.emissions()[j];
    }
  }

  @Test
  void withoutABindingBudgetTheCycleReproducesTheMrioOutputs() {
    Cycle.Outcome outcome = run(Double.POSITIVE_INFINITY);
    assertTrue(outcome.converged(), "rounds " + outcome.roundCount());
    double[] x = mrio.output();
    double[] supply = outcome.last().tally().supply();
    for (int i = 0; i < x.length; i++) {
      assertEquals(x[i], supply[i], 1e-5 * x[i], mrio.products().get(i));
    }
  }

  @Test
  void underACo2BudgetEveryRegionBalancesWithTradeAndEmissionsStayWithinIt() {
    double budget = 0.8 * emitted;
    Cycle.Outcome outcome = run(budget);
    assertTrue(outcome.converged(), "rounds " + outcome.roundCount());
    Round last = outcome.last();
    Tally tally = last.tally();
    assertTrue(tally.resourceUse()[0] <= budget * (1 + EPSILON), "CO2 " + tally.resourceUse()[0]);
    assertTrue(tally.resourceUse()[0] >= budget * (1 - 1e-4), "the budget binds");
    assertTrue(last.prices().resources()[0] > 0, "CO2 has a price");
    Trade trade = Trade.of(outcome.frame(), outcome.plan());
    double exports = 0;
    double imports = 0;
    for (int r = 0; r < mrio.regions().size(); r++) {
      for (int i = 0; i < tally.supply().length; i++) {
        if (mrio.productRegion()[i] == r) {
          double used = trade.totalUse(i);
          assertTrue(tally.supply()[i] >= used * (1 - EPSILON),
              mrio.products().get(i) + ": output " + tally.supply()[i] + " < use " + used);
        }
      }
      assertTrue(trade.exports(r, last.prices()) > 0, mrio.regions().get(r) + " exports");
      exports += trade.exports(r, last.prices());
      imports += trade.imports(r, last.prices());
    }
    assertEquals(exports, imports, 1e-9 * exports);
    assertEquals(tally.hoursOffered(), tally.hoursWorked(), 1e-4 * tally.hoursOffered());
    assertEquals(tally.hoursWorked(), leontiefLabour(outcome), 1e-6 * tally.hoursWorked());
  }

  // Labour of the converged plan's technology and final demand by the Leontief solver.
  private static double leontiefLabour(Cycle.Outcome outcome) {
    Technology technology = Technology.of(outcome.frame(), outcome.plan().producers());
    InputOutputSystem system = technology.system();
    return LeontiefSolver.defaults().grossOutput(system, outcome.last().tally().finalDemand())
        .dot(technology.labour());
  }

  private static Cycle.Outcome run(double budget) {
    int n = hours.length;
    Frame frame = new Frame(mrio.products(), mrio.productRegion(), mrio.regions(), List.of("co2"),
        new double[] {budget}, Double.POSITIVE_INFINITY);
    List<ProducerCouncil> producers = new ArrayList<>();
    double[] x = mrio.output();
    for (int j = 0; j < n; j++) {
      double[] column = new double[n];
      for (int i = 0; i < n; i++) {
        column[i] = inputs[i][j];
      }
      producers.add(new LeontiefProducer("works-" + j, 1, j, column, hours[j], new double[] {co2[j]},
          Double.POSITIVE_INFINITY, x[j]));
    }
    double[] values = LeontiefSolver.defaults().labourValues(InputOutputSystem.ofDense(inputs, hours)).values();
    List<ConsumerCouncil> consumers = new ArrayList<>();
    for (int r = 0; r < mrio.regions().size(); r++) {
      consumers.add(people(r, values));
    }
    Cycle cycle = Cycle.of(frame, CycleSettings.of(PriceRule.Kind.COST).withEpsilon(EPSILON).withThreads(2));
    return cycle.simulate(consumers, producers, new double[n]);
  }

  // Shares α_i = Y_ir v_i / B_r with budget B_r = Σ_i Y_ir v_i: at labour values d = Y.
  private static ConsumerCouncil people(int region, double[] values) {
    int n = values.length;
    double budget = 0;
    for (int i = 0; i < n; i++) {
      budget += mrio.finalDemand()[i][region] * values[i];
    }
    int[] products = new int[n];
    double[] shares = new double[n];
    for (int i = 0; i < n; i++) {
      products[i] = i;
      shares[i] = mrio.finalDemand()[i][region] * values[i] / budget;
    }
    int members = (int) Math.max(1, Math.round(mrio.population()[region] / 1e6));
    return new CobbDouglasConsumer("people-" + mrio.regions().get(region), region, members, budget / members,
        products, shares);
  }
}
