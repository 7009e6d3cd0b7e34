package org.serge.council.election;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.serge.council.Payload;
import org.serge.council.Polity;
import org.serge.council.Stamp;

/**
 * A budget round opened in a council: its budget, projects with costs and rule, until
 * {@code closes}; those entitled at this event are entered in its register.
 */
public record BudgetOpened(
    String round, String council, String title, long budget, String method, List<OpenBudgetRound.Item> projects,
    String closes, String rule, long entitled) implements ElectionFact {
  public static final String TYPE = "budget.opened";

  public BudgetOpened {
    projects = List.copyOf(projects);
  }

  public static BudgetOpened read(Payload p) {
    List<OpenBudgetRound.Item> projects = new ArrayList<>();
    ArrayNode list = p.array("projects");
    for (int i = 0; i < list.size(); i++) {
      JsonNode node = list.get(i);
      if (!node.isObject()) {
        throw p.bad("projects[" + i + "]", "is not an object");
      }
      Payload entry = new Payload((ObjectNode) node, p.where());
      projects.add(new OpenBudgetRound.Item(entry.text("id"), entry.text("name"), entry.integer("cost")));
    }
    return new BudgetOpened(p.text("round"), p.text("council"), p.text("title"), p.integer("budget"),
        p.text("method"), projects, p.text("closes"), p.text("rule"), p.integer("entitled"));
  }

  public String type() {
    return TYPE;
  }

  public ObjectNode payload() {
    ObjectNode p = Payload.object();
    p.put("round", round);
    p.put("council", council);
    p.put("title", title);
    p.put("budget", budget);
    p.put("method", method);
    ArrayNode list = p.putArray("projects");
    projects.forEach(x -> list.addObject().put("id", x.id()).put("name", x.name()).put("cost", x.cost()));
    p.put("closes", closes);
    p.put("rule", rule);
    p.put("entitled", entitled);
    return p;
  }

  public void apply(Polity polity, Stamp stamp) {
    polity.council(council);
    require(stamp, "round", round, BudgetRound.PREFIX + stamp.seq());
    Methods.budget(method);
    long registered = Elections.register(polity, round, council, stamp.timeText());
    require(stamp, "entitled", entitled, registered);
    polity.budgetRounds.put(new BudgetRound(round, council, title, budget, method, stamp.actor().toString(),
        stamp.timeText(), closes, "open", entitled, 0, rule, null, null, null, stamp.seq(), null));
    for (int i = 0; i < projects.size(); i++) {
      OpenBudgetRound.Item x = projects.get(i);
      polity.budgetProjects.put(new BudgetProject(BudgetProject.id(round, x.id()), round, x.id(), x.name(), x.cost(),
          i + 1, null, null));
    }
  }
}
