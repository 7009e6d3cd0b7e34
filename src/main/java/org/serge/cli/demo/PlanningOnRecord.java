package org.serge.cli.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.serge.council.Action;
import org.serge.council.Actor;
import org.serge.council.PublicRecord;
import org.serge.council.deliberation.PublishedDecision;
import org.serge.council.deliberation.WriteMinorityReport;
import org.serge.council.motion.CastVote;
import org.serge.council.motion.Choice;
import org.serge.council.motion.CloseMotion;
import org.serge.council.motion.OpenMotion;
import org.serge.council.planning.CloseIteration;
import org.serge.council.planning.OpenRound;
import org.serge.council.planning.PlanningRounds;
import org.serge.council.planning.ProposeDemand;
import org.serge.council.planning.ProposeProduction;
import org.serge.council.planning.RoundSpec;
import org.serge.planning.cycle.CobbDouglasConsumer;
import org.serge.planning.cycle.Cycle;
import org.serge.planning.cycle.DemandProposal;
import org.serge.planning.cycle.EconomySplit;
import org.serge.planning.cycle.Frame;
import org.serge.planning.cycle.LeontiefProducer;
import org.serge.planning.cycle.Prices;
import org.serge.planning.cycle.ProductionProposal;
import org.serge.planning.cycle.ProposalCheck;
import org.serge.planning.cycle.Tally;
import org.serge.record.Event;

/**
 * The planning round of {@code serge demo} on the public record: the federation's assembly
 * opens it citing its decision on the plan's objectives (with the budget's projects as public
 * demand); the workplaces state their opening proposals; then, iteration by iteration, every
 * council revises at the published prices — as the scenario's simulated councils ({@link
 * UkFederation}), each through a member of its own, by the same actions a person would submit
 * — and a delegate closes the iteration, until one converges and the plan is drafted. The
 * assembly votes on the plan (two against), and one of them attaches a minority report.
 */
final class PlanningOnRecord {
  static final int MAX_ITERATIONS = 50;
  static final int AGAINST = 2;

  /** What came of the round: its id, the plan's, how many iterations ran, the decision. */
  record Outcome(String round, String plan, int iterations, PublishedDecision decision) {}

  private final PublicRecord record;
  private final GovernanceDemo.Result councils;
  private final EconomySplit.Split split;
  private String round;

  private PlanningOnRecord(PublicRecord record, GovernanceDemo.Result councils, EconomySplit.Split split) {
    this.record = record;
    this.councils = councils;
    this.split = split;
  }

  static Outcome run(PublicRecord record, GovernanceDemo.Result councils, EconomySplit.Split split) {
    return new PlanningOnRecord(record, councils, split).run();
  }

  private Outcome run() {
    round = only(submit(delegate(0), new OpenRound(councils.federation(), councils.decision().decision().id(),
        spec())), "round.opened").payload().get("round").asText();
    Frame frame = split.frame();
    ProductionProposal[] production = new ProductionProposal[split.producers().size()];
    DemandProposal[] demand = new DemandProposal[split.consumers().size()];
    for (int w = 0; w < production.length; w++) {
      production[w] = split.producers().get(w).propose(frame, null, null, null);
      submit(production[w]);
    }
    List<Event> closed = submit(delegate(0), new CloseIteration(round));
    int iterations = 0;
    while (!drafted(closed) && iterations < MAX_ITERATIONS) {
      Cycle.Replay replay = record.read(p -> PlanningRounds.replay(p, round));
      Prices prices = replay.next();
      Tally last = replay.rounds().isEmpty() ? null : replay.rounds().getLast().tally();
      for (int c = 0; c < demand.length; c++) {
        CobbDouglasConsumer consumer = split.consumers().get(c);
        demand[c] = consumer.propose(frame, prices, demand[c]);
        submit(demand[c]);
      }
      for (int w = 0; w < production.length; w++) {
        LeontiefProducer producer = split.producers().get(w);
        production[w] = producer.propose(frame, prices, last, iterations == 0 ? null : production[w]);
        submit(production[w]);
      }
      closed = submit(delegate(0), new CloseIteration(round));
      iterations++;
    }
    if (!drafted(closed)) {
      throw new IllegalStateException(round + " did not converge in " + MAX_ITERATIONS + " iterations");
    }
    String plan = only(closed, "plan.drafted").payload().get("plan").asText();
    return new Outcome(round, plan, iterations, approve(plan));
  }

  private RoundSpec spec() {
    Frame frame = split.frame();
    List<RoundSpec.Product> products = new ArrayList<>();
    for (int p = 0; p < frame.productCount(); p++) {
      products.add(new RoundSpec.Product(frame.products().get(p), councils.id(frame.regions().get(frame.region(p)))));
    }
    List<RoundSpec.Budgeted> budgets = new ArrayList<>();
    for (UkProjects.Project project : UkProjects.PROJECTS) {
      budgets.add(new RoundSpec.Budgeted(councils.budget().round(), project.id(),
          ProposalCheck.byCode(frame.products(), UkProjects.publicDemand(split, List.of(project.id())))));
    }
    return new RoundSpec("The plan of the federation's councils", "2019, at the federation's scale", products,
        List.of(), frame.maxHoursPerMember(), ProposalCheck.byCode(frame.products(), split.publicDemand()), budgets,
        UkPlanning.EPSILON, MAX_ITERATIONS, "cost");
  }

  // The assembly votes: all for but two; one of the two writes a minority report.
  private PublishedDecision approve(String plan) {
    String motion = only(submit(delegate(0), new OpenMotion(councils.federation(), "plan", "Approve plan " + plan,
        "The plan the councils' proposals converged to.", "plan", plan)), "motion.opened").payload().get("motion")
        .asText();
    List<String> assembly = councils.assembly();
    for (int d = 0; d < assembly.size(); d++) {
      submit(assembly.get(d), new CastVote(motion, d >= 1 && d < 1 + AGAINST ? Choice.NO : Choice.YES));
    }
    String decision = only(submit(delegate(0), new CloseMotion(motion)), "decision.recorded").payload()
        .get("decision").asText();
    submit(delegate(1), new WriteMinorityReport(decision, "Care is planned at last year's level",
        "The plan gives every neighbourhood the 2019 basket. But 2019's care was already short: we asked that the "
            + "care councils' output grow before the new buses and fibre, and were outvoted."));
    return record.read(p -> p.decision(decision));
  }

  private void submit(DemandProposal d) {
    String council = councils.id(d.council());
    submit(firstMember(council), new ProposeDemand(round, council, d.hoursPerMember(),
        ProposalCheck.byCode(split.frame().products(), d.quantities())));
  }

  private void submit(ProductionProposal w) {
    String council = councils.id(w.council());
    submit(firstMember(council), new ProposeProduction(round, council, split.frame().products().get(w.product()),
        w.output(), ProposalCheck.byCode(split.frame().products(), w.inputs()), w.hours(), Map.of(), w.capacity()));
  }

  private String firstMember(String council) {
    return councils.membersOf().get(council).getFirst();
  }

  private String delegate(int i) {
    return councils.assembly().get(i);
  }

  private List<Event> submit(String member, Action action) {
    return record.submit(Actor.member(member), action);
  }

  private static boolean drafted(List<Event> events) {
    return events.stream().anyMatch(e -> e.type().equals("plan.drafted"));
  }

  private static Event only(List<Event> events, String type) {
    return events.stream().filter(e -> e.type().equals(type)).findFirst()
        .orElseThrow(() -> new IllegalStateException("expected a " + type + " event"));
  }
}
