package org.serge.planning.cycle;

import java.util.List;
import org.serge.planning.model.InputOutputSystem;
import org.serge.planning.solve.LeontiefSolver;

/**
 * {@link PriceRule.Kind#COST}: prices are what a unit costs in hours with the technology the
 * producers state, plus scarcity premia — p = (l + Σ_k μ_k e_k + π)(I − A)^-1, with A, l,
 * e_k the stated inputs, hours and resource uses per unit, μ_k the premium of resource k and
 * π_j that of product j's capacity. Without scarcity these are the labour values.
 *
 * <p>Each round the rule computes the output the stated final demand needs, x = (I − A)^-1 d,
 * and from it the use of every limit; a limit exceeded (or under-used while it has a premium)
 * moves its {@link Premium} by a safeguarded secant step. Using the output the demand needs,
 * not the output proposed, keeps the premia from chasing the producers' lag. A product
 * nobody makes in a round keeps the technology it was last made with.
 */
final class CostPrices implements PriceRule {
  private static final LeontiefSolver LEONTIEF = LeontiefSolver.defaults().withTolerance(1e-14);

  private double[][] inputs;
  private double[] labour;
  private double[][] uses;
  private Premium[] resourcePremia;
  private Premium[] capacityPremia;

  @Override
  public Prices opening(Frame frame, Proposals opening) {
    remember(frame, opening.producers());
    for (int j = 0; j < labour.length; j++) {
      if (Double.isNaN(labour[j])) {
        throw new org.serge.SergeException("no producer council proposes to make '"
            + frame.products().get(j) + "': the cycle cannot price it");
      }
    }
    resourcePremia = premia(frame.resourceCount());
    capacityPremia = premia(frame.productCount());
    return prices(frame, new double[frame.productCount()], 0, opening.publicDemand());
  }

  @Override
  public Next next(Frame frame, Prices prices, Proposals proposals, Tally tally, double epsilon) {
    remember(frame, proposals.producers());
    InputOutputSystem system = InputOutputSystem.ofDense(inputs, labour);
    double[] demand = tally.finalDemand();
    double[] needed = LEONTIEF.grossOutput(system, demand).values();
    boolean settled = true;
    for (int k = 0; k < resourcePremia.length; k++) {
      double limit = frame.resourceLimit(k);
      if (Double.isFinite(limit)) {
        settled &= adjust(resourcePremia[k], uses[k], limit, needed, demand, prices, epsilon);
      }
    }
    double[] capacity = capacities(frame, proposals.producers());
    for (int j = 0; j < capacity.length; j++) {
      if (Double.isFinite(capacity[j])) {
        double[] unit = new double[capacity.length];
        unit[j] = 1;
        settled &= adjust(capacityPremia[j], unit, capacity[j], needed, demand, prices, epsilon);
      }
    }
    return new Next(prices(frame, capacity, tally.hoursOffered(), tally.publicDemand()), settled);
  }

  // Returns whether the limit stood at this round's prices, then moves its premium.
  private boolean adjust(Premium premium, double[] perUnit, double limit, double[] needed,
      double[] demand, Prices prices, double epsilon) {
    double used = 0;
    for (int j = 0; j < needed.length; j++) {
      used += perUnit[j] * needed[j];
    }
    double scale = Math.max(limit, 1e-12);
    double gap = (used - limit) / scale;
    boolean settled = premium.settled(gap, epsilon);
    if (gap > 0 || premium.value() > 0) {
      premium.update(gap, guessedSlope(perUnit, demand, prices) / scale);
    }
    return settled;
  }

  // d use / d premium if every final demand had price elasticity −1: −Σ_j d_j ε_j² / p_j,
  // ε_j the use embodied in a unit of j.
  private double guessedSlope(double[] perUnit, double[] demand, Prices prices) {
    double[] embodied = LEONTIEF.labourValues(InputOutputSystem.ofDense(inputs, perUnit)).values();
    double slope = 0;
    for (int j = 0; j < embodied.length; j++) {
      slope -= demand[j] * embodied[j] * embodied[j] / prices.product(j);
    }
    return slope < 0 ? slope : -1;
  }

  /**
   * Prices from the premia, and the income per hour that shares out the rents of the limits
   * at those premia, Σ_k μ_k·limit_k + Σ_j π_j·capacity_j, less what public demand costs at
   * those prices (the public's share of the product is paid from everyone's income). The
   * rents are the producers' surplus once the plan balances (a limit with a premium is used
   * in full); unlike the surplus of the round's proposals they do not lag behind, so demand
   * answers the premia alone.
   */
  private Prices prices(Frame frame, double[] capacity, double hoursOffered, double[] publicDemand) {
    int n = labour.length;
    double[] cost = labour.clone();
    double[] resourcePrices = new double[resourcePremia.length];
    double rents = 0;
    for (int k = 0; k < resourcePremia.length; k++) {
      resourcePrices[k] = resourcePremia[k].value();
      if (resourcePrices[k] > 0) {
        rents += resourcePrices[k] * frame.resourceLimit(k);
      }
      for (int j = 0; j < n; j++) {
        cost[j] += resourcePrices[k] * uses[k][j];
      }
    }
    for (int j = 0; j < n; j++) {
      double premium = capacityPremia[j].value();
      cost[j] += premium;
      if (premium > 0) {
        rents += premium * capacity[j];
      }
    }
    double[] products = LEONTIEF.labourValues(InputOutputSystem.ofDense(inputs, cost)).values();
    for (int j = 0; j < n; j++) {
      rents -= products[j] * publicDemand[j];
    }
    return new Prices(products, resourcePrices, hoursOffered > 0 ? 1 + rents / hoursOffered : 1);
  }

  // Takes the stated technology of every product made this round; keeps the last for the rest.
  private void remember(Frame frame, List<ProductionProposal> producers) {
    Technology stated = Technology.of(frame, producers);
    int n = frame.productCount();
    if (labour == null) {
      inputs = new double[n][n];
      labour = new double[n];
      uses = new double[frame.resourceCount()][n];
      java.util.Arrays.fill(labour, Double.NaN);
    }
    for (int j = 0; j < n; j++) {
      if (stated.makes(j)) {
        labour[j] = stated.labour()[j];
        for (int i = 0; i < n; i++) {
          inputs[i][j] = stated.inputs()[i][j];
        }
        for (int k = 0; k < uses.length; k++) {
          uses[k][j] = stated.resources()[k][j];
        }
      }
    }
  }

  private static double[] capacities(Frame frame, List<ProductionProposal> producers) {
    // A product nobody proposes to make this round has no capacity to speak of: unlimited.
    double[] capacity = new double[frame.productCount()];
    java.util.Arrays.fill(capacity, Double.POSITIVE_INFINITY);
    for (ProductionProposal proposal : producers) {
      int j = proposal.product();
      capacity[j] = (capacity[j] == Double.POSITIVE_INFINITY ? 0 : capacity[j]) + proposal.capacity();
    }
    return capacity;
  }

  private static Premium[] premia(int count) {
    Premium[] premia = new Premium[count];
    for (int i = 0; i < count; i++) {
      premia[i] = new Premium();
    }
    return premia;
  }
}
