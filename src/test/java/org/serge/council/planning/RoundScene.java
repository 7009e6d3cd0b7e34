package org.serge.council.planning;

import static org.serge.council.motion.Choice.YES;

import java.util.List;
import java.util.Map;
import org.serge.council.deliberation.Scene;
import org.serge.council.mandate.FederationScene;
import org.serge.council.motion.Choice;
import org.serge.council.motion.OpenMotion;
import org.serge.record.Event;

/**
 * A small economy planned by the nested federations of {@link FederationScene} (regions {@code uk}
 * itself, {@code north} and {@code south}), with its assembly in place: bob (north), kim (south) and
 * max (post). Products: grain (north, made by docks at ½ hour a unit), bread (north, made by rail from
 * ½ grain and 1 hour a unit), mail (uk, made by post at 2 hours a unit). The neighbourhood council farm
 * (south: jo, kim, lee) eats 100 bread and 20 grain and posts 10 mail; the public posts 5 more.
 *
 * <p>The balanced plan, by hand: bread 100, grain 20 + 50 = 70, mail 15; labour values grain ½, bread
 * 1¼, mail 2; hours 35 + 100 + 30 = 165, which farm's three members offer (55 hours each, limit 60).
 */
final class RoundScene {
  final Scene scene = FederationScene.build();

  RoundScene() {
    FederationScene.assemblies(scene);
  }

  /** uk's assembly adopts a plan resolution (bob, kim, max vote yes); returns the motion's id. */
  String planDecision() {
    return decide("plan", "Plan the year 2027", YES, YES, YES);
  }

  /** A resolution of {@code kind} in uk, bob, kim and max voting as given; returns the motion's id. */
  String decide(String kind, String title, Choice bob, Choice kim, Choice max) {
    String motion = scene.made("bob", OpenMotion.resolution("uk", kind, title, "Open the round."), "motion");
    scene.vote(motion, bob, "bob");
    scene.vote(motion, kim, "kim");
    scene.vote(motion, max, "max");
    scene.close("bob", motion);
    return motion;
  }

  static RoundSpec spec() {
    return new RoundSpec("Plan 2027", "2027", List.of(new RoundSpec.Product("grain", "north"),
        new RoundSpec.Product("bread", "north"), new RoundSpec.Product("mail", "uk")), List.of(), 60,
        Map.of("mail", 5.0), List.of(), 1e-9, 20, "cost");
  }

  /** Opens the round by a fresh plan decision; returns its id. */
  String open(RoundSpec spec) {
    return scene.made("bob", new OpenRound("uk", planDecision(), spec), "round");
  }

  void farm(String round, double bread, double grain, double mail) {
    scene.act("jo", new ProposeDemand(round, "farm", 55, Map.of("bread", bread, "grain", grain, "mail", mail)));
  }

  void docks(String round, double grain) {
    scene.act("gus", new ProposeProduction(round, "docks", "grain", grain, Map.of(), grain / 2, Map.of(),
        Double.POSITIVE_INFINITY));
  }

  void rail(String round, double bread) {
    scene.act("ana", new ProposeProduction(round, "rail", "bread", bread, Map.of("grain", bread / 2), bread, Map.of(),
        Double.POSITIVE_INFINITY));
  }

  void post(String round, double mail) {
    scene.act("max", new ProposeProduction(round, "post", "mail", mail, Map.of(), 2 * mail, Map.of(),
        Double.POSITIVE_INFINITY));
  }

  /** Every council proposes the balanced plan at once; two iterations draft it. Returns the plan's id. */
  String balancedPlan(String round) {
    docks(round, 70);
    rail(round, 100);
    post(round, 15);
    farm(round, 100, 20, 10);
    iterate(round);
    return iterate(round).getLast().payload().get("plan").asText();
  }

  /** Closes the next iteration (bob); returns its events. */
  List<Event> iterate(String round) {
    return scene.act("bob", new CloseIteration(round));
  }

  /** Puts the plan to uk's assembly; bob and kim vote yes, max no; returns the decision's id. */
  String approve(String plan) {
    String motion = scene.made("bob", new OpenMotion("uk", "plan", "Approve " + plan, "", "plan", plan), "motion");
    scene.vote(motion, YES, "bob", "kim");
    scene.vote(motion, Choice.NO, "max");
    return scene.close("bob", motion);
  }

  <R> R read(java.util.function.Function<org.serge.council.Polity, R> query) {
    return scene.read(query);
  }
}
