package org.serge.server;

import java.util.List;
import java.util.Map;
import org.serge.council.Electorate;
import org.serge.council.Times;
import org.serge.council.mandate.ElectDelegate;
import org.serge.council.motion.CastVote;
import org.serge.council.motion.Choice;
import org.serge.council.motion.CloseMotion;
import org.serge.council.motion.OpenMotion;
import org.serge.council.planning.CloseIteration;
import org.serge.council.planning.OpenRound;
import org.serge.council.planning.ProposeProduction;
import org.serge.council.planning.RoundSpec;

/**
 * A planning round in {@link World}'s federation uk, made through the core: uk's assembly (cai,
 * rail's delegate; elected by rail when the world has no mandate) adopts a plan resolution and
 * opens the round; rail makes bread (½ grain and 1 hour a unit), docks grain (½ hour a unit); the
 * public asks for 10 bread; iteration 0 publishes the opening prices. Iteration 1 on the same
 * proposals converges (bread 10, grain 5) and drafts a plan.
 */
final class PlanningScene {
  private PlanningScene() {}

  static RoundSpec spec() {
    return new RoundSpec("Plan 2027", "2027", List.of(new RoundSpec.Product("grain", "uk"),
        new RoundSpec.Product("bread", "uk")), List.of(), 60, Map.of("bread", 10.0), List.of(), 0.01, 20, "cost");
  }

  /** A round with iteration 0 closed; returns its id. */
  static String round(World w) {
    if (!w.record.read(p -> Electorate.includes(p, "uk", "cai", Times.text(w.clock.instant())))) {
      String motion = w.made("ana", new ElectDelegate("rail", "cai", "I will report back."), "motion");
      for (String m : w.record.read(p -> Electorate.at(p, "rail", p.motion(motion).opened()))) {
        w.act(m, new CastVote(motion, Choice.YES));
      }
      w.act("ana", new CloseMotion(motion));
    }
    String decision = w.made("cai", OpenMotion.resolution("uk", "plan", "Plan the year 2027", "Open the round."),
        "motion");
    w.act("cai", new CastVote(decision, Choice.YES));
    w.act("cai", new CloseMotion(decision));
    String round = w.made("cai", new OpenRound("uk", decision, spec()), "round");
    w.act("ana", new ProposeProduction(round, "rail", "bread", 10, Map.of("grain", 5.0), 10, Map.of(),
        Double.POSITIVE_INFINITY));
    w.act("gus", new ProposeProduction(round, "docks", "grain", 5, Map.of(), 2.5, Map.of(),
        Double.POSITIVE_INFINITY));
    w.act("cai", new CloseIteration(round));
    return round;
  }
}
