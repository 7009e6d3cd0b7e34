package org.serge.planning.cycle;

import org.serge.planning.model.Economy;
import org.serge.planning.model.EconomyBuilder;

/**
 * When a cycle does not converge, the federation may compute the optimal plan from the
 * stated targets instead: this turns a round's proposals into the plan LP's input. Every
 * producer council with output becomes a technology of its product (its inputs, hours and
 * resource uses per unit, its capacity), the frame's limits become resource limits, the hours
 * the consumer councils offer become the labour available, and the final demand they and the
 * public state becomes the targets. Hand both to {@code org.serge.planning.solve.Planner}.
 * Producer councils proposing no output state no technology and are left out.
 */
public final class Fallback {
  private Fallback() {}

  /** The economy and the targets for the plan LP. */
  public record Targets(Economy economy, double[] targets) {}

  public static Targets of(Frame frame, Proposals proposals, String name) {
    EconomyBuilder builder = Economy.builder(name).labourUnit("hours");
    for (String code : frame.products()) {
      builder.addProduct(code, code);
    }
    for (int k = 0; k < frame.resourceCount(); k++) {
      builder.addResource(frame.resources().get(k), frame.resources().get(k), "units", frame.resourceLimit(k));
    }
    for (ProductionProposal proposal : proposals.producers()) {
      double output = proposal.output();
      if (output > 0) {
        builder.addTechnology(proposal.council(), proposal.product(), proposal.hours() / output, proposal.capacity());
        double[] inputs = proposal.inputs();
        for (int i = 0; i < inputs.length; i++) {
          if (inputs[i] > 0) {
            builder.addInput(i, inputs[i] / output);
          }
        }
        for (int k = 0; k < frame.resourceCount(); k++) {
          if (proposal.resourceUse()[k] > 0) {
            builder.addUse(k, proposal.resourceUse()[k] / output);
          }
        }
      }
    }
    double offered = 0;
    for (DemandProposal proposal : proposals.consumers()) {
      offered += proposal.hours();
    }
    builder.labourAvailable(offered);
    Tally tally = Tally.of(frame, proposals, new Prices(new double[frame.productCount()], new double[0], 1));
    return new Targets(builder.build(), tally.finalDemand());
  }
}
