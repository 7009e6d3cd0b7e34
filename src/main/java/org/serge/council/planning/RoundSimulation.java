package org.serge.council.planning;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.serge.council.Action;
import org.serge.council.Actor;
import org.serge.council.Council;
import org.serge.council.Polity;
import org.serge.council.PublicRecord;
import org.serge.council.Times;
import org.serge.planning.cycle.CobbDouglasConsumer;
import org.serge.planning.cycle.DemandProposal;
import org.serge.planning.cycle.Frame;
import org.serge.planning.cycle.LeontiefProducer;
import org.serge.planning.cycle.Prices;
import org.serge.planning.cycle.ProductionProposal;
import org.serge.planning.cycle.Tally;

/**
 * Simulated councils for demos and tests: what every council of a round would propose now, as the
 * same actions real councils submit (through a member of each council), so a simulated round is
 * recorded, checked and recomputed exactly like a real one. Neighbourhood councils answer as
 * Cobb-Douglas consumers ({@link CobbDouglasConsumer}: budget shares over every product drawn from the
 * seed and the council's id; hours per member as last proposed, else 35 or the limit); workplace
 * councils as fixed-technology producers ({@link LeontiefProducer}) with the technology of their last
 * proposal, scaling output to what was asked, within what their members' hours allow. A workplace that
 * has not proposed yet states no technology and is left out. Suits the {@code cost} price rule.
 * Deterministic given the polity and the seed.
 */
public final class RoundSimulation {
  private RoundSimulation() {}

  /** One simulated submission: the member who submits it for their council, and the action. */
  public record Submission(String member, Action action) {}

  private static final double HOURS = 35;

  /** The revision every council of the round makes at the prices last published. */
  public static List<Submission> revisions(Polity polity, String roundId, long seed, java.time.Instant now) {
    PlanningRound round = Rounds.round(polity, roundId);
    Frame frame = Rounds.frame(round);
    List<RoundIteration> iterations = Rounds.iterations(polity, roundId);
    if (iterations.isEmpty()) {
      throw new org.serge.InvalidInputException(null, 0, "round", roundId + " has published no prices yet");
    }
    RoundIteration last = iterations.getLast();
    String where = "iteration " + last.id();
    Prices prices = ProposalJson.readPrices(frame, Rounds.parse(last.prices()), where);
    Tally tally = last.tally() == null ? null : ProposalJson.readTally(frame, Rounds.parse(last.tally()), where);
    Map<String, RoundProposal> current = new TreeMap<>();
    Rounds.current(polity, roundId).forEach(p -> current.put(p.council(), p));
    List<Submission> submissions = new ArrayList<>();
    String time = Times.text(now);
    for (Council council : polity.councils.rows()) {
      String region = Rounds.regionOf(polity, round.federation(), council.id());
      List<String> members = council.isFederation() ? List.of() : polity.membersAt(council.id(), time);
      if (region == null || members.isEmpty()) {
        continue;
      }
      RoundProposal mine = current.get(council.id());
      String kind = Rounds.proposalKind(council);
      if (ProposalJson.DEMAND.equals(kind)) {
        DemandProposal previous = mine == null ? null
            : ProposalJson.readDemand(frame, council.id(), Rounds.parse(mine.proposal()), where);
        DemandProposal next = consumer(frame, council.id(), frame.regions().indexOf(region), members.size(),
            previous, seed).propose(frame, prices, previous);
        submissions.add(new Submission(members.getFirst(), new ProposeDemand(roundId, council.id(),
            next.hoursPerMember(), byCode(frame.products(), next.quantities()))));
      } else if (ProposalJson.PRODUCTION.equals(kind) && mine != null) {
        ProductionProposal previous = ProposalJson.readProduction(frame, council.id(), Rounds.parse(mine.proposal()),
            where);
        ProductionProposal next = producer(frame, previous, members.size()).propose(frame, prices, tally, previous);
        submissions.add(new Submission(members.getFirst(), new ProposeProduction(roundId, council.id(),
            frame.products().get(next.product()), next.output(), byCode(frame.products(), next.inputs()),
            next.hours(), byCode(frame.resources(), next.resourceUse()), next.capacity())));
      }
    }
    return submissions;
  }

  /**
   * Runs a round with simulated councils on a record: each time, every council revises (its
   * submissions as above) and {@code delegate} closes the iteration; until an iteration converges, the
   * round takes no more iterations, or {@code iterations} have closed.
   *
   * @param clock the time the revisions are computed at (the record stamps its own)
   * @return the iterations closed
   */
  public static int run(PublicRecord record, String roundId, String delegate, long seed, int iterations,
      java.time.Clock clock) {
    int closed = 0;
    while (closed < iterations && record.read(p -> Iterations.CLOSING.contains(Rounds.round(p, roundId).status()))) {
      boolean priced = record.read(p -> !Rounds.iterations(p, roundId).isEmpty());
      if (priced) {
        for (Submission s : record.read(p -> revisions(p, roundId, seed, clock.instant()))) {
          record.submit(Actor.member(s.member()), s.action());
        }
      }
      record.submit(Actor.member(delegate), new CloseIteration(roundId));
      closed++;
    }
    return closed;
  }

  private static CobbDouglasConsumer consumer(Frame frame, String id, int region, int members,
      DemandProposal previous, long seed) {
    SplittableRandom random = new SplittableRandom(seed * 31 + id.hashCode());
    int n = frame.productCount();
    int[] products = new int[n];
    double[] shares = new double[n];
    double sum = 0;
    for (int i = 0; i < n; i++) {
      products[i] = i;
      shares[i] = 0.2 + random.nextDouble();
      sum += shares[i];
    }
    for (int i = 0; i < n; i++) {
      shares[i] /= sum;
    }
    double hours = previous != null ? previous.hoursPerMember() : Math.min(HOURS, frame.maxHoursPerMember());
    return new CobbDouglasConsumer(id, region, members, hours, products, shares);
  }

  // The technology per unit of the last proposal; capacity also bounded by the members' hours.
  private static LeontiefProducer producer(Frame frame, ProductionProposal last, int members) {
    double output = last.output();
    double[] inputs = new double[frame.productCount()];
    double[] uses = new double[frame.resourceCount()];
    double hours = output > 0 ? last.hours() / output : 0;
    for (int i = 0; i < inputs.length && output > 0; i++) {
      inputs[i] = last.inputs()[i] / output;
    }
    for (int k = 0; k < uses.length && output > 0; k++) {
      uses[k] = last.resourceUse()[k] / output;
    }
    double capacity = hours > 0 ? Math.min(last.capacity(), members * frame.maxHoursPerMember() / hours)
        : last.capacity();
    return new LeontiefProducer(last.council(), members, last.product(), inputs, hours, uses, capacity, output);
  }

  private static Map<String, Double> byCode(List<String> codes, double[] values) {
    Map<String, Double> map = new TreeMap<>();
    for (int i = 0; i < values.length; i++) {
      if (values[i] != 0) {
        map.put(codes.get(i), values[i]);
      }
    }
    return map;
  }
}
