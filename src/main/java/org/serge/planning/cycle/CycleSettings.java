package org.serge.planning.cycle;

/**
 * How a cycle runs.
 *
 * @param epsilon the convergence tolerance: the cycle has converged when every product's
 *     |excess demand| ≤ ε × its supply, no resource is used beyond its limit × (1 + ε), and
 *     the price rule is settled (every limit with a premium used to within ε of it)
 * @param maxRounds the most rounds before the cycle gives up (and the federation may fall
 *     back to the plan LP from the stated targets, see {@link Fallback})
 * @param rule how prices are set round by round
 * @param threads threads that compute simulated councils' proposals (results do not depend on it)
 */
public record CycleSettings(double epsilon, int maxRounds, PriceRule.Kind rule, int threads) {

  public CycleSettings {
    if (!(epsilon > 0) || maxRounds < 1 || threads < 1) {
      throw new IllegalArgumentException("need ε > 0, at least 1 round and 1 thread");
    }
  }

  /** ε = 1%, at most 200 rounds, all cores. */
  public static CycleSettings of(PriceRule.Kind rule) {
    return new CycleSettings(0.01, 200, rule, Runtime.getRuntime().availableProcessors());
  }

  public CycleSettings withEpsilon(double tolerance) {
    return new CycleSettings(tolerance, maxRounds, rule, threads);
  }

  public CycleSettings withMaxRounds(int rounds) {
    return new CycleSettings(epsilon, rounds, rule, threads);
  }

  public CycleSettings withThreads(int count) {
    return new CycleSettings(epsilon, maxRounds, rule, count);
  }
}
