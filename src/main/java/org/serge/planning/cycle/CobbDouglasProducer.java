package org.serge.planning.cycle;

/**
 * A simulated producer council with a Cobb-Douglas technology of decreasing returns, as in
 * Pequod: output = scale × hours^labourShare × Π_k input_k^share_k with labourShare + Σ share_k
 * = s < 1. At the published prices (an hour costs 1) it proposes the output that maximises
 * social benefit minus social cost, price × output − hours − Σ price_k × input_k:
 *
 * <pre>
 *   ln output = (ln scale + labourShare·ln(labourShare·p) + Σ_k share_k·ln(share_k·p / p_k)) / (1 − s)
 *   hours = labourShare · p · output,   input_k = share_k · p · output / p_k
 * </pre>
 *
 * and, where those hours exceed its members × the frame's hours limit, the best output with
 * hours at that limit. Uses {@link StrictMath} so that every machine gets the same doubles.
 * Immutable.
 *
 * @param id the council's id
 * @param members its workers
 * @param product the product it makes
 * @param scale total factor productivity
 * @param labourShare the exponent of hours
 * @param inputs the products it uses
 * @param shares the exponent of each of {@code inputs}
 */
public record CobbDouglasProducer(String id, int members, int product, double scale,
    double labourShare, int[] inputs, double[] shares) implements ProducerCouncil {

  @Override
  public ProductionProposal propose(Frame frame, Prices prices, Tally last, ProductionProposal previous) {
    double price = prices.product(product);
    double returns = labourShare;
    double logInputs = 0;
    for (int k = 0; k < inputs.length; k++) {
      returns += shares[k];
      logInputs += shares[k] * StrictMath.log(shares[k] * price / prices.product(inputs[k]));
    }
    double logScale = StrictMath.log(scale);
    double output = StrictMath.exp((logScale + labourShare * StrictMath.log(labourShare * price) + logInputs)
        / (1 - returns));
    double hours = labourShare * price * output;
    double mostHours = members * frame.maxHoursPerMember();
    if (hours > mostHours) {
      // Hours fixed at the limit: the inputs still earn their price, so ln output solves
      // (1 − Σ share_k) ln output = ln scale + labourShare·ln hours + Σ share_k ln(share_k p / p_k).
      hours = mostHours;
      output = StrictMath.exp((logScale + labourShare * StrictMath.log(hours) + logInputs)
          / (1 - returns + labourShare));
    }
    double[] used = new double[frame.productCount()];
    for (int k = 0; k < inputs.length; k++) {
      used[inputs[k]] = shares[k] * price * output / prices.product(inputs[k]);
    }
    return new ProductionProposal(id, members, product, output, used, hours,
        new double[frame.resourceCount()], Double.POSITIVE_INFINITY);
  }
}
