package org.serge.planning.cycle;

/**
 * One round of a cycle: the prices published for it, what was proposed at them, their sums,
 * and whether the round met the convergence criterion.
 *
 * @param number 1 for the first round
 * @param prices the indicative prices the round was proposed at
 * @param proposals what the councils proposed (null in a simulation's history, which keeps
 *     only the last round's proposals: see {@link Cycle.Outcome})
 * @param tally the sums of the proposals
 * @param converged whether the round met the criterion of {@link CycleSettings#epsilon()}
 * @param seconds wall-clock seconds the round took (proposals, tally and next prices)
 */
public record Round(int number, Prices prices, Proposals proposals, Tally tally, boolean converged,
    double seconds) {

  /** The largest |excess| relative to supply in this round. */
  public double largestExcess() {
    return tally.largestRelativeExcess();
  }
}
