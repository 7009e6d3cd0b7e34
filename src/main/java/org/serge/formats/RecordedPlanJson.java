package org.serge.formats;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Function;
import org.serge.council.Polity;
import org.serge.council.Row;
import org.serge.council.deliberation.PublishedDecision;
import org.serge.council.planning.PlanningRounds;
import org.serge.planning.cycle.DemandProposal;
import org.serge.planning.cycle.Frame;
import org.serge.planning.cycle.ProductionProposal;
import org.serge.planning.cycle.Round;
import org.serge.planning.cycle.Tally;

/**
 * A plan of a planning round as JSON — its row, each council's part, the balance of every product
 * at the last prices, and its provenance in the record — the one view {@code serge plan show --json}
 * prints and {@code GET /api/plans/{plan}} answers. Rows and the decision are written by the caller's
 * functions, so each adapter keeps its own form of them.
 */
public final class RecordedPlanJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private RecordedPlanJson() {}

  /** The plan {@code id}, which must be on the record. */
  public static ObjectNode of(Polity p, String id, Function<Row, ObjectNode> row,
      Function<PublishedDecision, ObjectNode> decision) {
    PlanningRounds.RecordedPlan plan = PlanningRounds.recorded(p, id);
    Frame frame = plan.frame();
    ObjectNode root = MAPPER.createObjectNode();
    root.set("plan", row.apply(plan.plan()));
    ArrayNode councils = root.putArray("councils");
    for (PlanningRounds.PlanCouncil c : plan.councils()) {
      ObjectNode node = councils.addObject().put("council", c.id()).put("name", c.name()).put("kind", c.kind())
          .put("region", c.region()).put("members", c.members());
      node.put("summary", summary(frame, plan, c.id()));
      node.put("seq", plan.provenance().proposals().get(c.id()));
    }
    Round last = plan.rounds().getLast(); // a plan follows at least iteration 1
    Tally tally = Tally.of(frame, plan.proposals(), last.prices());
    ArrayNode products = root.putArray("products");
    for (int i = 0; i < frame.productCount(); i++) {
      products.addObject().put("product", frame.products().get(i)).put("region", frame.regions().get(frame.region(i)))
          .put("supply", Double.toString(tally.supply()[i])).put("demand", Double.toString(tally.demand(i)))
          .put("excess", Double.toString(tally.excess()[i]))
          .put("price", Double.toString(last.prices().product(i)));
    }
    root.put("hoursWorked", Double.toString(tally.hoursWorked())).put("hoursOffered",
        Double.toString(tally.hoursOffered()));
    PlanningRounds.Provenance source = plan.provenance();
    ObjectNode provenance = root.putObject("provenance");
    provenance.put("opening", source.opening()).put("drafted", source.drafted()).put("motion", source.motion());
    provenance.set("iterations", MAPPER.valueToTree(source.iterations()));
    provenance.set("proposals", MAPPER.valueToTree(source.proposals()));
    provenance.put("approval", source.approval());
    provenance.set("decision", source.decision() == null ? null : decision.apply(source.decision()));
    return root;
  }

  private static String summary(Frame frame, PlanningRounds.RecordedPlan plan, String council) {
    for (DemandProposal d : plan.proposals().consumers()) {
      if (d.council().equals(council)) {
        return "asks " + units(frame, d.quantities()) + ", offers " + d.hoursPerMember() + " hours a member";
      }
    }
    for (ProductionProposal x : plan.proposals().producers()) {
      if (x.council().equals(council)) {
        return "makes " + x.output() + " " + frame.products().get(x.product()) + " in " + x.hours() + " hours from "
            + units(frame, x.inputs());
      }
    }
    return "";
  }

  private static String units(Frame frame, double[] values) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < values.length; i++) {
      if (values[i] != 0) {
        s.append(s.isEmpty() ? "" : ", ").append(values[i]).append(' ').append(frame.products().get(i));
      }
    }
    return s.isEmpty() ? "nothing" : s.toString();
  }
}
