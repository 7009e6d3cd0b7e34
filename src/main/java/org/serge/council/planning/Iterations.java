package org.serge.council.planning;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import org.serge.council.Polity;
import org.serge.planning.cycle.Cycle;
import org.serge.planning.cycle.Frame;
import org.serge.planning.cycle.Proposals;
import org.serge.planning.cycle.Round;

/**
 * The engine's step for the next iteration of a round, recomputed from the record: iteration 0 opens
 * the cycle on the producers' opening proposals ({@link Cycle#open}); iteration N replays iterations
 * 1 … N − 1 and submits N's proposals (as {@link Cycle#replay} does), since the price rule keeps memory
 * from round to round. The action that closes an iteration and the fact's apply on every replay call the
 * same method, so a recorded price or tally that is not the recomputation is named by verify.
 */
final class Iterations {
  private Iterations() {}

  /**
   * @param tally null for iteration 0
   * @param largestExcess null for iteration 0
   * @param prices the prices published for the next iteration
   */
  record Step(long number, ObjectNode tally, String largestExcess, boolean converged, ObjectNode prices) {}

  /**
   * A live session per round and polity, so that closing iteration N (and applying it, live or on a
   * replay from nothing) submits N's proposals to the session that took 1 … N − 1 instead of replaying
   * them: a whole replay is then linear in the iterations. Not state: an entry that does not fit the
   * round (a decided iteration that was never applied) is dropped and the session rebuilt from the
   * record; a fresh polity (verify) starts with none, so it recomputes everything itself.
   */
  private static final Map<Polity, Map<String, Live>> LIVE = Collections.synchronizedMap(new WeakHashMap<>());

  /** A session that has taken iterations up to {@code number}, the last with {@code ids} giving {@code step}. */
  private record Live(Cycle.Session session, long number, List<String> ids, Step step) {}

  /** The next iteration of {@code round} summing the proposals {@code ids}, in that order. */
  static Step next(Polity polity, PlanningRound round, List<String> ids) {
    long number = round.nextIteration();
    Map<String, Live> live = LIVE.computeIfAbsent(polity, p -> new HashMap<>());
    Live known = live.get(round.id());
    if (known != null && known.number() == number && known.ids().equals(ids)) {
      return known.step(); // decided just now, applied now: the same computation
    }
    Frame frame = Rounds.frame(round);
    Proposals now = Rounds.proposals(polity, round, frame, ids);
    Cycle.Session session;
    if (number == 0) {
      session = Cycle.of(frame, Rounds.spec(round).settings()).open(now);
      Step step = new Step(0, null, null, false, ProposalJson.prices(frame, session.prices()));
      live.put(round.id(), new Live(session, 0, ids, step));
      return step;
    }
    session = known != null && known.number() == number - 1 ? known.session() : replayed(polity, round, frame);
    live.remove(round.id()); // the session moves on: until the entry is put back it fits no iteration
    Round last = session.submit(now);
    Step step = new Step(number, ProposalJson.tally(frame, last.tally()), Numbers.text(last.largestExcess()),
        last.converged(), ProposalJson.prices(frame, session.prices()));
    live.put(round.id(), new Live(session, number, ids, step));
    return step;
  }

  // A session that has taken every iteration recorded so far, recomputed from the record.
  private static Cycle.Session replayed(Polity polity, PlanningRound round, Frame frame) {
    List<Proposals> history = Rounds.history(polity, round, frame);
    Cycle.Session session = Cycle.of(frame, Rounds.spec(round).settings()).open(history.getFirst());
    history.subList(1, history.size()).forEach(session::submit);
    return session;
  }

  /** The statuses in which an iteration may close. */
  static final List<String> CLOSING = List.of("opening", "open", "amending");

  /** The round's status after iteration {@code step} (a converged one puts a plan before the assembly). */
  static String statusAfter(PlanningRound round, Step step, int maxRounds) {
    if (step.converged()) {
      return "deciding";
    }
    if (step.number() > 0 && step.number() - round.phaseStart() + 1 >= maxRounds) {
      return "exhausted";
    }
    return round.status().equals("amending") ? "amending" : "open";
  }
}
