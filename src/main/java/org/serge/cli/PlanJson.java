package org.serge.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.serge.planning.model.Economy;
import org.serge.planning.model.Technologies;
import org.serge.planning.result.Limit;
import org.serge.planning.result.Plan;

/** A plan as JSON: totals, limits, conflicts, products and technologies in use. */
final class PlanJson {
  private PlanJson() {}

  static ObjectNode of(Economy economy, double[] targets, Plan plan) {
    ObjectNode root = Json.object();
    root.put("economy", economy.name()).put("objective", plan.objective().name())
        .put("status", plan.status().name()).put("fulfilment", plan.fulfilment())
        .put("labourUsed", plan.labourUsed()).put("labourUnit", economy.labourUnit())
        .put("solver", plan.solver()).put("seconds", plan.seconds());
    if (Double.isFinite(plan.labourAvailable())) {
      root.put("labourAvailable", plan.labourAvailable());
    }
    ArrayNode limits = root.putArray("limits");
    plan.limits().forEach(l -> limits.add(limit(l)));
    ArrayNode conflicts = root.putArray("conflicts");
    plan.conflicts().forEach(l -> conflicts.add(limit(l).put("shortfall", l.shortfall())));
    if (!plan.feasible()) {
      return root;
    }
    ArrayNode products = root.putArray("products");
    for (int p = 0; p < economy.productCount(); p++) {
      Json.number(products.addObject().put("code", economy.productCode(p)).put("target", targets[p])
          .put("netOutput", plan.netOutput()[p]).put("output", plan.output()[p]), "price", plan.prices()[p]);
    }
    ArrayNode technologies = root.putArray("technologies");
    Technologies all = economy.technologies();
    for (int t = 0; t < all.count(); t++) {
      if (plan.activity()[t] > 0) {
        technologies.addObject().put("id", all.id(t)).put("product", economy.productCode(all.product(t)))
            .put("activity", plan.activity()[t]);
      }
    }
    return root;
  }

  private static ObjectNode limit(Limit l) {
    return Json.number(Json.object().put("kind", l.kind()).put("name", l.name()).put("unit", l.unit())
        .put("limit", l.limit()).put("used", l.used()).put("binding", l.binding()), "shadowPrice", l.price());
  }
}
