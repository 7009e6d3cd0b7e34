package org.serge.cli.demo;

import java.util.List;
import java.util.Map;
import org.serge.council.election.OpenBudgetRound;
import org.serge.planning.cycle.EconomySplit;

/**
 * The public projects the federation's assembly puts to a participatory budget (illustrative):
 * each costs whole £ million and is made of the products of some workplace councils, so a
 * selected project enters the plan as public demand for those products.
 */
final class UkProjects {
  /** The budget of the round, £ million. */
  static final long BUDGET = 8_000;

  /**
   * A project.
   *
   * @param cost £ million
   * @param made product (sector-region) → share of the cost spent on it (sum 1)
   */
  record Project(String id, String name, long cost, Map<String, Double> made) {}

  static final List<Project> PROJECTS = List.of(
      new Project("trans-pennine-rail", "Electrify the trans-Pennine railway", 1_800,
          Map.of("building-north", 0.6, "industry-north", 0.4)),
      new Project("north-sea-wind", "Offshore wind farms in the North Sea", 3_500,
          Map.of("industry-north", 0.5, "building-north", 0.3, "energy-north", 0.2)),
      new Project("home-retrofit", "Insulate 500,000 homes", 2_500,
          Map.of("building-north", 0.34, "building-midlands", 0.30, "building-south", 0.36)),
      new Project("city-buses", "Zero-emission buses for every city", 1_500, Map.of("industry-midlands", 1.0)),
      new Project("care-centres", "Community health and care centres", 2_000,
          Map.of("care-north", 0.34, "care-midlands", 0.30, "care-south", 0.36)),
      new Project("flood-defences", "Flood defences on the Severn and the Thames", 1_000,
          Map.of("building-midlands", 0.5, "building-south", 0.5)),
      new Project("rural-fibre", "Fibre broadband to every village", 1_200,
          Map.of("business-midlands", 0.5, "building-midlands", 0.5)));

  private UkProjects() {}

  static List<OpenBudgetRound.Item> items() {
    return PROJECTS.stream().map(p -> new OpenBudgetRound.Item(p.id(), p.name(), p.cost())).toList();
  }

  /** What each of the federation's regions supports (each delegate approves these, plus one of its own choosing). */
  static final Map<String, List<String>> SUPPORTED = Map.of(
      "north", List.of("trans-pennine-rail", "north-sea-wind", "home-retrofit"),
      "midlands", List.of("city-buses", "home-retrofit", "rural-fibre"),
      "south", List.of("flood-defences", "care-centres", "home-retrofit"));

  /**
   * The selected projects as public demand by frame product, in the split's units: £ million
   * of the UK's budget × its scale (£ of output per £ million of the table's final demand).
   */
  static double[] publicDemand(EconomySplit.Split split, List<String> selected) {
    double[] demand = new double[split.frame().productCount()];
    Map<String, Integer> index = split.frame().productIndex();
    for (Project p : PROJECTS) {
      if (selected.contains(p.id())) {
        p.made().forEach((product, share) -> demand[index.get(product)] += share * p.cost() * split.spec().scale());
      }
    }
    return demand;
  }
}
