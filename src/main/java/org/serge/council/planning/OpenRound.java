package org.serge.council.planning;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.serge.InvalidInputException;
import org.serge.council.Action;
import org.serge.council.Actor;
import org.serge.council.Council;
import org.serge.council.Electorate;
import org.serge.council.Fact;
import org.serge.council.Polity;
import org.serge.council.Refused;
import org.serge.council.Times;
import org.serge.council.deliberation.Decision;
import org.serge.council.election.BudgetProject;
import org.serge.council.election.BudgetRound;
import org.serge.council.election.Elections;
import org.serge.council.motion.Motion;
import org.serge.planning.cycle.Frame;

/**
 * Opens a planning round in a federation, as its assembly decided: a delegate cites the adopted
 * motion of kind {@code plan} (a resolution, or the decision on a proposal) and states the round's
 * objectives ({@link RoundSpec}). Refused, naming {@link RoundArticles#OPENING}, without such a
 * decision, or when the decision already opened a round. The regions are the federation's member
 * federations (and the federation itself where councils belong to it directly); public demand is the
 * stated quantities plus those of the projects the cited budget rounds selected.
 */
public record OpenRound(String federation, String decision, RoundSpec spec) implements Action {

  public List<Fact> decide(Polity polity, Actor actor, Instant now) {
    Council council = polity.council(federation);
    if (!council.isFederation()) {
      throw new Refused(RoundArticles.OPENING, federation + " is a " + council.kind().text()
          + " council: a federation plans");
    }
    Electorate.require(polity, federation, actor, Times.text(now), "open a planning round");
    requireDecision(polity, federation, decision);
    if (spec.title() == null || spec.title().isBlank()) {
      throw new InvalidInputException(null, 0, "title", "a planning round needs a title");
    }
    spec.settings();
    List<String> regions = Rounds.regions(polity, federation);
    for (RoundSpec.Product p : spec.products()) {
      if (!regions.contains(p.region())) {
        throw new InvalidInputException(null, 0, "products", p.code() + " is made in '" + p.region()
            + "', not a region of " + federation + " " + regions);
      }
    }
    Frame frame = Rounds.frame(spec, regions);
    double[] demand = publicDemand(polity, federation, spec, frame);
    return List.of(new RoundOpened(PlanningRound.PREFIX + (polity.seq() + 1), federation, decision, spec, regions,
        Numbers.object(frame.products(), demand, false)));
  }

  /**
   * Refuses unless {@code id} is an adopted motion of kind {@code plan} of the federation's assembly (a
   * resolution, or a proposal whose decision is {@code d-…}: either may be cited) that opened no round.
   */
  static void requireDecision(Polity polity, String federation, String id) {
    String council;
    String kind;
    String outcome;
    if (id.startsWith("d-")) {
      Decision d = polity.decisions.find(id).orElseThrow(() -> new Refused(RoundArticles.OPENING,
          "no decision '" + id + "' of " + federation + "'s assembly"));
      council = d.council();
      kind = d.kind();
      outcome = d.outcome();
    } else {
      Motion m = polity.motions.find(id).orElseThrow(() -> new Refused(RoundArticles.OPENING,
          "no motion or decision '" + id + "' of " + federation + "'s assembly"));
      council = m.council();
      kind = m.kind();
      outcome = m.status();
    }
    if (!council.equals(federation) || !kind.equals("plan") || !outcome.equals("adopted")) {
      throw new Refused(RoundArticles.OPENING, id + " is " + article(outcome) + " " + kind + " motion of " + council
          + ", not an adopted plan decision of " + federation + "'s assembly");
    }
    polity.rounds.rows().stream().filter(r -> r.decision().equals(id)).findFirst().ifPresent(r -> {
      throw new Refused(RoundArticles.OPENING, id + " opened round " + r.id() + " already");
    });
  }

  private static String article(String outcome) {
    return (outcome.startsWith("a") || outcome.startsWith("o") ? "an " : "a ") + outcome;
  }

  /** The stated public demand plus the quantities of every selected, mapped PB project, by product index. */
  static double[] publicDemand(Polity polity, String federation, RoundSpec spec, Frame frame) {
    Map<String, Integer> index = frame.productIndex();
    double[] demand = new double[frame.productCount()];
    add(demand, index, spec.publicDemand(), "publicDemand");
    for (RoundSpec.Budgeted b : spec.budgets()) {
      BudgetRound round = polity.budgetRounds.find(b.round()).orElseThrow(() -> new InvalidInputException(null, 0,
          "budgets", "no budget round '" + b.round() + "'"));
      if (!round.council().equals(federation) && Rounds.regionOf(polity, federation, round.council()) == null) {
        throw new InvalidInputException(null, 0, "budgets", b.round() + " was held in " + round.council()
            + ", outside " + federation);
      }
      if (!round.status().equals("counted")) {
        throw new InvalidInputException(null, 0, "budgets", b.round() + " is " + round.status() + ", not counted");
      }
      BudgetProject project = Elections.projects(polity, b.round()).stream()
          .filter(p -> p.project().equals(b.project())).findFirst().orElseThrow(() -> new InvalidInputException(
              null, 0, "budgets", b.round() + " has no project '" + b.project() + "'"));
      if (project.selected() != null) {
        add(demand, index, b.quantities(), "budgets." + b.round() + "." + b.project());
      }
    }
    return demand;
  }

  private static void add(double[] demand, Map<String, Integer> index, Map<String, Double> quantities, String field) {
    quantities.forEach((code, quantity) -> {
      Integer at = index.get(code);
      if (at == null) {
        throw new InvalidInputException(null, 0, field, "no product '" + code + "' in this round");
      }
      if (!(quantity >= 0) || quantity == Double.POSITIVE_INFINITY) {
        throw new InvalidInputException(null, 0, field + "." + code, "a quantity is finite and ≥ 0, not " + quantity);
      }
      demand[at] += quantity;
    });
  }
}
