package org.serge.council.planning;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import org.serge.council.Payload;
import org.serge.council.Polity;
import org.serge.council.Stamp;
import org.serge.record.CanonicalJson;

/**
 * A plan drafted in a round, to go before the federation's assembly: the proposals of the iteration
 * that converged ({@code cycle}), or the plan LP's answer from that iteration's stated targets after the
 * most rounds without convergence ({@code fallback}, its figures recomputed on replay). {@code amends}
 * names the approved plan it would replace.
 */
public record PlanDrafted(String council, String plan, String round, long iteration, String source, String amends,
    ObjectNode figures) implements RoundFact {
  public static final String TYPE = "plan.drafted";
  public static final String CYCLE = "cycle";
  public static final String FALLBACK = "fallback";

  public static PlanDrafted read(Payload p) {
    JsonNode figures = p.node().get("figures");
    return new PlanDrafted(p.text("council"), p.text("plan"), p.text("round"), p.integer("iteration"),
        p.text("source"), p.optionalText("amends"), figures == null || figures.isNull() ? null
            : p.object("figures").node());
  }

  public String type() {
    return TYPE;
  }

  public ObjectNode payload() {
    ObjectNode p = Payload.object();
    p.put("council", council);
    p.put("plan", plan);
    p.put("round", round);
    p.put("iteration", iteration);
    p.put("source", source);
    p.put("amends", amends);
    p.set("figures", figures);
    return p;
  }

  public void apply(Polity polity, Stamp stamp) {
    require(stamp, "plan", plan, RoundPlan.PREFIX + stamp.seq());
    PlanningRound r = round(polity, stamp, round);
    require(stamp, "iteration", iteration, r.iteration());
    if (!Objects.equals(amends, r.plan())) {
      throw bad(stamp, "amends", "'" + amends + "' should be '" + r.plan() + "'");
    }
    switch (source) {
      case CYCLE -> {
        require(stamp, "round", r.status(), "deciding");
        if (!Rounds.iteration(polity, round, iteration).converged()) {
          throw bad(stamp, "iteration", "iteration " + iteration + " of " + round + " did not converge");
        }
        requireSame(stamp, "figures", figures, null, "a converged cycle");
      }
      case FALLBACK -> {
        require(stamp, "round", r.status(), "exhausted");
        requireSame(stamp, "figures", figures, FallbackPlan.figures(polity, r, iteration), "the plan LP's answer");
      }
      default -> throw bad(stamp, "source", "'" + source + "' is not cycle or fallback");
    }
    polity.plans.put(new RoundPlan(plan, round, council, iteration, source, amends, "drafted", null, null,
        figures == null ? null : CanonicalJson.write(figures), stamp.timeText(), stamp.seq(), null));
    polity.rounds.put(r.withStatus("deciding"));
  }
}
