package org.serge.planning.cycle;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/**
 * The participatory planning cycle: the engine publishes indicative prices, councils propose
 * at them, the engine sums the proposals (each product's excess demand), and from the sums
 * sets the next prices, until every product balances within ε or the rounds run out.
 *
 * <p>Entry points. {@link #open} starts a live cycle for the public record ({@link Session}:
 * publish its prices, submit each round's proposals); {@link #replay} is the same computation
 * over a whole record: from the producers' opening proposals and each round's proposals it
 * recomputes every round's prices, tally and verdict, and the prices to publish next — the
 * same doubles on any machine. {@link #simulate} runs the same steps with simulated councils answering
 * themselves; their proposals are computed in parallel, each into its own slot, and summed
 * in list order, so the thread count changes nothing. Immutable; thread-safe.
 */
public final class Cycle {
  private final Frame frame;
  private final CycleSettings settings;

  private Cycle(Frame frame, CycleSettings settings) {
    this.frame = frame;
    this.settings = settings;
  }

  public static Cycle of(Frame frame, CycleSettings settings) {
    return new Cycle(frame, settings);
  }

  public Frame frame() { return frame; }
  public CycleSettings settings() { return settings; }

  /**
   * What a cycle came to.
   *
   * @param frame what was planned over
   * @param converged whether the last round met the criterion
   * @param rounds every round (their proposals left out, to save memory, except the last's)
   * @param plan the proposals of the last round: the plan, when converged
   * @param next the prices the rule would publish after the last round
   */
  public record Outcome(Frame frame, boolean converged, List<Round> rounds, Proposals plan, Prices next) {
    public int roundCount() { return rounds.size(); }

    public Round last() { return rounds.getLast(); }

    /** Mean wall-clock seconds a round took. */
    public double secondsPerRound() {
      return rounds.stream().mapToDouble(Round::seconds).sum() / Math.max(1, rounds.size());
    }
  }

  /** Every recorded round recomputed, and the prices to publish for the next. */
  public record Replay(List<Round> rounds, Prices next) {}

  /**
   * Recomputes a cycle from its record: the opening production proposals, then each round's
   * proposals in order. Checks every proposal (a {@link ProposalRefused} names the rule).
   *
   * @param opening the producers' opening proposals, which state the technology priced first
   */
  public Replay replay(Proposals opening, List<Proposals> rounds) {
    Session session = open(opening);
    List<Round> done = new ArrayList<>();
    for (Proposals proposals : rounds) {
      done.add(session.submit(proposals));
    }
    return new Replay(done, session.prices());
  }

  /**
   * Opens a live cycle on the producers' opening proposals: the record side keeps one per
   * cycle in progress, publishes {@link Session#prices()}, and submits each round's proposals
   * when the round closes. Gives the same doubles as {@link #replay} of the same rounds.
   */
  public Session open(Proposals opening) {
    ProposalCheck.check(frame, opening);
    PriceRule rule = settings.rule().create();
    return new Session(rule, rule.opening(frame, opening));
  }

  /** A cycle in progress: the prices to publish, and the rounds so far. Not thread-safe. */
  public final class Session {
    private final PriceRule rule;
    private Prices prices;
    private int rounds;

    private Session(PriceRule rule, Prices opening) {
      this.rule = rule;
      this.prices = opening;
    }

    /** The prices to publish for the next round. */
    public Prices prices() {
      return prices;
    }

    /** Takes a round's proposals (checked; in the order they are summed) and sets the next prices. */
    public Round submit(Proposals proposals) {
      long began = System.nanoTime();
      ProposalCheck.check(frame, proposals);
      Step step = step(rule, prices, proposals);
      Round round = new Round(++rounds, prices, proposals, step.tally, step.converged, seconds(began));
      prices = step.next;
      return round;
    }
  }

  /** Whether a round's tally meets the criterion: balance within ε, limits kept, rule settled. */
  public static boolean converged(Frame frame, Tally tally, boolean settled, double epsilon) {
    if (!settled || !(tally.largestRelativeExcess() <= epsilon)) {
      return false;
    }
    for (int k = 0; k < frame.resourceCount(); k++) {
      if (tally.resourceUse()[k] > frame.resourceLimit(k) * (1 + epsilon)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Runs the cycle with simulated councils until a round converges or {@link
   * CycleSettings#maxRounds()} rounds have run. Producers first state an opening proposal
   * (at prices of 1), which sets the opening prices.
   */
  public Outcome simulate(List<? extends ConsumerCouncil> consumers,
      List<? extends ProducerCouncil> producers, double[] publicDemand) {
    try (ForkJoinPool pool = new ForkJoinPool(settings.threads())) {
      Prices probe = probe();
      ProductionProposal[] production = produce(pool, producers, probe, null, null);
      Proposals opening = new Proposals(List.of(), List.of(production), publicDemand);
      // Every proposal is checked as it is made, against the council that made it; that
      // each council proposes once a round then follows from distinct council ids.
      List<String> ids = new ArrayList<>();
      consumers.forEach(council -> ids.add(council.id()));
      producers.forEach(council -> ids.add(council.id()));
      ProposalCheck.distinct(ids);
      ProposalCheck.check(frame, opening);
      PriceRule rule = settings.rule().create();
      Prices prices = rule.opening(frame, opening);
      DemandProposal[] demand = null;
      Tally last = null;
      List<Round> rounds = new ArrayList<>();
      Proposals proposals = opening;
      boolean converged = false;
      while (!converged && rounds.size() < settings.maxRounds()) {
        long began = System.nanoTime();
        demand = consume(pool, consumers, prices, demand);
        production = produce(pool, producers, prices, last, rounds.isEmpty() ? null : production);
        proposals = new Proposals(List.of(demand), List.of(production), publicDemand);
        Step step = step(rule, prices, proposals);
        converged = step.converged;
        rounds.add(new Round(rounds.size() + 1, prices, null, step.tally, converged, seconds(began)));
        last = step.tally;
        prices = step.next;
      }
      return new Outcome(frame, converged, List.copyOf(rounds), proposals, prices);
    }
  }

  private record Step(Tally tally, boolean converged, Prices next) {}

  private Step step(PriceRule rule, Prices prices, Proposals proposals) {
    Tally tally = Tally.of(frame, proposals, prices);
    PriceRule.Next next = rule.next(frame, prices, proposals, tally, settings.epsilon());
    return new Step(tally, converged(frame, tally, next.settled(), settings.epsilon()), next.prices());
  }

  private Prices probe() {
    double[] ones = new double[frame.productCount()];
    java.util.Arrays.fill(ones, 1);
    return new Prices(ones, new double[frame.resourceCount()], 1);
  }

  private DemandProposal[] consume(ForkJoinPool pool, List<? extends ConsumerCouncil> consumers,
      Prices prices, DemandProposal[] previous) {
    DemandProposal[] next = new DemandProposal[consumers.size()];
    pool.submit(() -> IntStream.range(0, next.length).parallel().forEach(c -> {
      ConsumerCouncil council = consumers.get(c);
      next[c] = council.propose(frame, prices, previous == null ? null : previous[c]);
      ProposalCheck.check(frame, council.id(), next[c]);
    })).join();
    return next;
  }

  private ProductionProposal[] produce(ForkJoinPool pool, List<? extends ProducerCouncil> producers,
      Prices prices, Tally last, ProductionProposal[] previous) {
    ProductionProposal[] next = new ProductionProposal[producers.size()];
    pool.submit(() -> IntStream.range(0, next.length).parallel().forEach(w -> {
      ProducerCouncil council = producers.get(w);
      next[w] = council.propose(frame, prices, last, previous == null ? null : previous[w]);
      ProposalCheck.check(frame, council.id(), next[w]);
    })).join();
    return next;
  }

  private static double seconds(long began) {
    return (System.nanoTime() - began) / 1e9;
  }
}
