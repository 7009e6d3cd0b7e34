package org.serge.planning.report;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.serge.planning.cycle.CycleSettings;
import org.serge.planning.cycle.Frame;
import org.serge.planning.cycle.Proposals;
import org.serge.planning.cycle.Round;

/**
 * Everything the plan report is computed from, as the public record holds it: what was
 * planned over, what the federation set out to do, every round, the plan, the councils, the
 * public goods, and the event every piece came from. Immutable (the arrays inside the
 * planning types are owned by them: do not change them afterwards).
 *
 * <p>The record side fills it from the log; {@link SimulatedPlan} fills it from a simulated
 * cycle. {@link PlanReport#of} checks that the pieces fit together.
 *
 * @param planId the plan's id on the record
 * @param title the plan's title, for readers
 * @param period the period it plans for ("2027 week 1"), for readers
 * @param frame products with their regions, regions, resources, the hours limit
 * @param settings ε, price rule and most rounds the cycle ran with
 * @param objectives what the federation set out to reach when it opened the round
 * @param rounds every round in order (their prices and tallies; proposals may be null)
 * @param plan the plan: the proposals of the last round (or the amended plan)
 * @param councils every council with a proposal in the plan, and maybe others
 * @param publicGoods the participatory budget's projects that entered as public demand
 * @param provenance the events the pieces came from
 */
public record PlanReportInput(String planId, String title, String period, Frame frame,
    CycleSettings settings, Objectives objectives, List<Round> rounds, Proposals plan,
    List<Council> councils, List<PublicGood> publicGoods, Provenance provenance) {

  public PlanReportInput {
    rounds = List.copyOf(rounds);
    councils = List.copyOf(councils);
    publicGoods = List.copyOf(publicGoods);
    if (rounds.isEmpty()) {
      throw new IllegalArgumentException("a plan has at least one round");
    }
    int products = frame.productCount();
    if (objectives.targets().length != products || plan.publicDemand().length != products
        || objectives.resourceBudgets().length != frame.resourceCount()) {
      throw new IllegalArgumentException("the objectives and the plan need one entry per product of the frame ("
          + products + ") and one budget per resource (" + frame.resourceCount() + ")");
    }
    for (PublicGood good : publicGoods) {
      if (good.quantities().length != products) {
        throw new IllegalArgumentException("the public good " + good.name() + " needs one quantity per product");
      }
    }
    if (provenance.iterations().size() != rounds.size()) {
      throw new IllegalArgumentException("one iteration event per round: " + rounds.size()
          + " rounds, " + provenance.iterations().size() + " events");
    }
  }

  /** A neighbourhood council consumes; a workplace council produces. */
  public enum Kind {
    WORKPLACE,
    NEIGHBOURHOOD;

    /** As written in the record: {@code workplace}. */
    public String text() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * A council taking part in the plan.
   *
   * @param id its id on the record (the proposals' council)
   * @param name its name, for readers
   * @param kind workplace or neighbourhood
   * @param region its region (federation) index in the frame
   * @param members its members (workers of a workplace council)
   */
  public record Council(String id, String name, Kind kind, int region, int members) {}

  /**
   * What the federation set out to reach, as stated when the round was opened.
   *
   * @param targets units of final demand (consumption + public) aimed at, by product; 0: none
   * @param maxHoursPerMember the most hours a member may work (infinite: no limit)
   * @param resourceBudgets the most of each resource the plan may use (infinite: none), by
   *     resource index
   */
  public record Objectives(double[] targets, double maxHoursPerMember, double[] resourceBudgets) {

    /** These targets with the frame's hours limit and resource limits. */
    public static Objectives of(Frame frame, double[] targets) {
      return new Objectives(targets.clone(), frame.maxHoursPerMember(), frame.resourceLimits().clone());
    }
  }

  /**
   * A project of the participatory budget, funded, entering the plan as public demand.
   *
   * @param name the project's name
   * @param quantities units of each product it needs, by product index
   * @param source the event that funded it (the budget's decision)
   */
  public record PublicGood(String name, double[] quantities, Source source) {}

  /**
   * A minority report attached to the plan's motion.
   *
   * @param author who wrote it (a member or council id)
   * @param text what it says
   * @param source the event that attached it
   */
  public record MinorityReport(String author, String text, Source source) {}

  /**
   * Where the pieces of the input came from on the record.
   *
   * @param opening the event that opened the round (frame, settings, objectives)
   * @param iterations the event that closed each round (its tally, verdict and the next
   *     prices), one per round in order
   * @param proposals each council's proposal in the plan, by council id
   * @param approval the event that approved the plan, or null while it is not approved
   * @param minorityReports the minority reports attached to the plan's motion
   * @param firstPrices the event that published the first round's prices (the opening itself
   *     where the opening publishes them)
   */
  public record Provenance(Source opening, List<Source> iterations, Map<String, Source> proposals,
      Source approval, List<MinorityReport> minorityReports, Source firstPrices) {

    public Provenance {
      java.util.Objects.requireNonNull(opening, "the opening's event");
      java.util.Objects.requireNonNull(firstPrices, "the event of the first prices");
      iterations = List.copyOf(iterations);
      proposals = Map.copyOf(proposals);
      minorityReports = List.copyOf(minorityReports);
    }

    /** Provenance where the opening publishes the first round's prices. */
    public Provenance(Source opening, List<Source> iterations, Map<String, Source> proposals, Source approval,
        List<MinorityReport> minorityReports) {
      this(opening, iterations, proposals, approval, minorityReports, opening);
    }
  }

  /** Council id → council. Refuses duplicate ids. */
  Map<String, Council> councilsById() {
    Map<String, Council> byId = new HashMap<>();
    Set<String> seen = new HashSet<>();
    for (Council council : councils) {
      if (!seen.add(council.id())) {
        throw new IllegalArgumentException("two councils with the id " + council.id());
      }
      byId.put(council.id(), council);
    }
    return byId;
  }
}
