package org.serge.council.election;

import java.time.Instant;
import java.util.List;
import org.serge.InvalidInputException;
import org.serge.council.Action;
import org.serge.council.Actor;
import org.serge.council.Electorate;
import org.serge.council.Fact;
import org.serge.council.Polity;
import org.serge.council.Times;
import org.serge.council.constitution.DecisionRule;

/**
 * Opens a participatory-budgeting round in a council, under its constitution's rule for
 * {@code plan} decisions (a budget is part of the plan): open for that rule's period, with
 * those who act in the council now entitled to a secret approval ballot. Anyone who acts in
 * the council may open one.
 *
 * @param budget whole currency units, at least 1
 * @param method one of {@link Methods#BUDGET}; {@code equal-shares} when null
 * @param projects the projects put to the vote, in the order the ballot lists them
 */
public record OpenBudgetRound(String council, String title, long budget, String method, List<Item> projects)
    implements Action {
  /** A project: an id ({@link Actor#ID}), a name and its cost in whole currency units. */
  public record Item(String id, String name, long cost) {}

  public OpenBudgetRound {
    projects = List.copyOf(projects);
    method = method == null ? "equal-shares" : method;
  }

  public List<Fact> decide(Polity polity, Actor actor, Instant now) {
    String time = Times.text(now);
    String titled = Listing.title(title, "a budget round");
    if (budget < 1) {
      throw new InvalidInputException(null, 0, "budget", "a budget is at least 1, not " + budget);
    }
    Methods.budget(method);
    checkProjects();
    Electorate.require(polity, council, actor, time, "open a budget round");
    DecisionRule rule = polity.constitution(council).decision("plan");
    long entitled = Electorate.at(polity, council, time).size();
    return List.of(new BudgetOpened(BudgetRound.PREFIX + (polity.seq() + 1), council, titled, budget, method,
        projects.stream().map(p -> new Item(p.id(), p.name().strip(), p.cost())).toList(),
        Times.text(now.plus(rule.period())), rule.id(), entitled));
  }

  private void checkProjects() {
    if (projects.isEmpty()) {
      throw new InvalidInputException(null, 0, "projects", "a budget round needs at least one project");
    }
    Listing listing = new Listing("projects");
    for (Item p : projects) {
      if (p.cost() < 0) {
        throw new InvalidInputException(null, 0, "projects", p.id() + " costs " + p.cost() + ", less than nothing");
      }
      if (!listing.add(p.id(), p.name())) {
        throw new InvalidInputException(null, 0, "projects", p.id() + " is listed twice");
      }
    }
  }
}
