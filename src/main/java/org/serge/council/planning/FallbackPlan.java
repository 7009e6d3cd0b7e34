package org.serge.council.planning;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.serge.council.Payload;
import org.serge.council.Polity;
import org.serge.planning.cycle.DemandProposal;
import org.serge.planning.cycle.Fallback;
import org.serge.planning.cycle.Frame;
import org.serge.planning.cycle.ProductionProposal;
import org.serge.planning.cycle.Proposals;
import org.serge.planning.result.Plan;
import org.serge.planning.solve.LpSolver;
import org.serge.planning.solve.LpSolvers;
import org.serge.planning.solve.Planner;

/**
 * The plan LP from a round's last stated targets, when the cycle did not converge in the most rounds
 * ({@link Fallback}): every workplace a technology of its product, the hours offered the labour
 * available, the stated final demand the targets, solved for the largest fulfilment λ with the least
 * labour (GLOP, deterministic). Recomputed on every replay of {@code plan.drafted}.
 */
final class FallbackPlan {
  private FallbackPlan() {}

  private static final double SECONDS = 600;

  /** The LP's answer as the record writes it: status, λ, each workplace's output, labour, resources, prices. */
  static ObjectNode figures(Polity polity, PlanningRound round, long iteration) {
    Frame frame = Rounds.frame(round);
    Proposals stated = Rounds.proposals(polity, round, frame, Rounds.ids(Rounds.iteration(polity, round.id(),
        iteration)));
    Fallback.Targets targets = Fallback.of(frame, stated, round.id());
    Plan plan = new Planner(LpSolvers.of(LpSolver.Kind.GLOP), SECONDS).plan(targets.economy(), targets.targets(),
        Plan.Objective.MAX_FULFILMENT);
    ObjectNode figures = Payload.object();
    figures.put("status", plan.status().name());
    figures.put("fulfilment", Numbers.text(plan.fulfilment()));
    ObjectNode outputs = figures.putObject("outputs");
    int technology = 0;
    for (ProductionProposal p : stated.producers()) {
      outputs.put(p.council(), Numbers.text(p.output() > 0 ? plan.activity()[technology++] : 0));
    }
    figures.put("labourUsed", Numbers.text(plan.labourUsed()));
    figures.set("resourceUsed", Numbers.object(frame.resources(), plan.resourceUsed(), true));
    figures.set("prices", Numbers.object(frame.products(), plan.prices(), true));
    return figures;
  }

  /**
   * The stated proposals as the fallback plan has them: each workplace at the LP's output (inputs,
   * hours and uses scaled with it), each consumer's and the public demand times min(λ, 1).
   */
  static Proposals proposals(Proposals stated, ObjectNode figures, String where) {
    double lambda = Math.min(1, Numbers.parse(figures.get("fulfilment"), where, "fulfilment"));
    List<ProductionProposal> producers = new ArrayList<>();
    for (ProductionProposal p : stated.producers()) {
      double output = Numbers.parse(figures.get("outputs").get(p.council()), where, "outputs." + p.council());
      double scale = p.output() > 0 ? output / p.output() : 0;
      producers.add(new ProductionProposal(p.council(), p.members(), p.product(), output, scaled(p.inputs(), scale),
          p.hours() * scale, scaled(p.resourceUse(), scale), p.capacity()));
    }
    List<DemandProposal> consumers = stated.consumers().stream().map(d -> new DemandProposal(d.council(), d.region(),
        d.members(), d.hoursPerMember(), scaled(d.quantities(), lambda))).toList();
    return new Proposals(consumers, producers, scaled(stated.publicDemand(), lambda));
  }

  private static double[] scaled(double[] values, double scale) {
    double[] result = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      result[i] = values[i] * scale;
    }
    return result;
  }
}
