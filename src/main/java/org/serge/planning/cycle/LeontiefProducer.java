package org.serge.planning.cycle;

/**
 * A simulated producer council with a fixed (Leontief) technology: each unit of output takes
 * fixed inputs, hours and resources, up to a capacity. Price cannot set the output of such a
 * workplace (at cost price every output level is worth the same), so it answers to the
 * quantities asked: each round it scales its last output by demand / supply of its product,
 * so the councils making a product share what is asked in proportion to their proposals, at
 * most doubling or halving a round and never above capacity. Immutable.
 *
 * @param id the council's id
 * @param members its workers
 * @param product the product it makes
 * @param inputsPerUnit units of each product used per unit of output (dense)
 * @param hoursPerUnit hours per unit of output
 * @param resourcesPerUnit units of each resource used per unit of output
 * @param capacity the most it can make
 * @param openingOutput its output before any round
 */
public record LeontiefProducer(String id, int members, int product, double[] inputsPerUnit,
    double hoursPerUnit, double[] resourcesPerUnit, double capacity, double openingOutput)
    implements ProducerCouncil {

  private static final double MOST_CHANGE = 2;

  @Override
  public ProductionProposal propose(Frame frame, Prices prices, Tally last, ProductionProposal previous) {
    double output = openingOutput;
    if (previous != null && last != null) {
      double supply = last.supply()[product];
      double wanted = supply > 0 ? previous.output() * last.demand(product) / supply : openingOutput;
      double floor = previous.output() / MOST_CHANGE;
      double ceiling = previous.output() > 0 ? previous.output() * MOST_CHANGE : wanted;
      output = Math.max(floor, Math.min(ceiling, wanted));
    }
    output = Math.min(output, capacity);
    double[] inputs = new double[inputsPerUnit.length];
    for (int i = 0; i < inputs.length; i++) {
      inputs[i] = inputsPerUnit[i] * output;
    }
    double[] uses = new double[resourcesPerUnit.length];
    for (int k = 0; k < uses.length; k++) {
      uses[k] = resourcesPerUnit[k] * output;
    }
    return new ProductionProposal(id, members, product, output, inputs, hoursPerUnit * output, uses, capacity);
  }
}
