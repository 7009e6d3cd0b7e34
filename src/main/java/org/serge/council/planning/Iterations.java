package org.serge.council.planning;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.serge.planning.cycle.Cycle;
import org.serge.planning.cycle.Frame;
import org.serge.planning.cycle.Proposals;
import org.serge.planning.cycle.Round;

/**
 * The engine's step for the next iteration of a round, recomputed from the record: iteration 0 opens
 * the cycle on the producers' opening proposals ({@link Cycle#open}); iteration N replays iterations
 * 1 … N − 1 and submits N's proposals ({@link Cycle#replay}), since the price rule keeps memory from
 * round to round. The action that closes an iteration and the fact's apply on every replay call the
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

  /** The next iteration of {@code round} summing the proposals {@code ids}, in that order. */
  static Step next(org.serge.council.Polity polity, PlanningRound round, List<String> ids) {
    Frame frame = Rounds.frame(round);
    Cycle cycle = Cycle.of(frame, Rounds.spec(round).settings());
    Proposals now = Rounds.proposals(polity, round, frame, ids);
    long number = round.nextIteration();
    if (number == 0) {
      return new Step(0, null, null, false, ProposalJson.prices(frame, cycle.open(now).prices()));
    }
    List<Proposals> history = Rounds.history(polity, round, frame);
    List<Proposals> rounds = new ArrayList<>(history.subList(1, history.size()));
    rounds.add(now);
    Cycle.Replay replay = cycle.replay(history.getFirst(), rounds);
    Round last = replay.rounds().getLast();
    return new Step(number, ProposalJson.tally(frame, last.tally()), Numbers.text(last.largestExcess()),
        last.converged(), ProposalJson.prices(frame, replay.next()));
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
