package org.serge.council.planning;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.List;
import org.serge.council.Payload;
import org.serge.council.Polity;
import org.serge.council.Stamp;
import org.serge.planning.cycle.ProposalRefused;
import org.serge.record.CanonicalJson;

/**
 * An iteration of a round closed: the proposals summed (ids, in summing order), the tally (null for
 * iteration 0), the largest relative excess, the verdict and the prices published for the next
 * iteration. Applying it recomputes the whole cycle up to this iteration from the record and refuses,
 * naming this event and the field, any number that is not the recomputation, bit for bit.
 */
public record RoundIterated(String council, String round, long iteration, List<String> proposals,
    ObjectNode tally, String largestExcess, boolean converged, ObjectNode prices) implements RoundFact {
  public static final String TYPE = "round.iterated";

  public RoundIterated {
    proposals = List.copyOf(proposals);
  }

  public static RoundIterated read(Payload p) {
    JsonNode tally = p.node().get("tally");
    return new RoundIterated(p.text("council"), p.text("round"), p.integer("iteration"), p.texts("proposals"),
        tally == null || tally.isNull() ? null : p.object("tally").node(), p.optionalText("largestExcess"),
        p.bool("converged"), p.object("prices").node());
  }

  public String type() {
    return TYPE;
  }

  public ObjectNode payload() {
    ObjectNode p = Payload.object();
    p.put("council", council);
    p.put("round", round);
    p.put("iteration", iteration);
    p.set("proposals", Payload.texts(proposals));
    p.set("tally", tally);
    p.put("largestExcess", largestExcess);
    p.put("converged", converged);
    p.set("prices", prices);
    return p;
  }

  public void apply(Polity polity, Stamp stamp) {
    PlanningRound r = round(polity, stamp, round);
    if (!Iterations.CLOSING.contains(r.status())) {
      throw bad(stamp, "round", round + " is " + r.status() + ": no iteration to close");
    }
    require(stamp, "iteration", iteration, r.nextIteration());
    require(stamp, "proposals", proposals, Rounds.current(polity, round).stream().map(RoundProposal::id).toList());
    Iterations.Step step;
    try {
      step = Iterations.next(polity, r, proposals);
    } catch (ProposalRefused refused) {
      throw bad(stamp, "proposals", refused.getMessage());
    }
    String what = "the recomputation of iteration " + iteration;
    requireSame(stamp, "prices", prices, step.prices(), what);
    requireSame(stamp, "tally", tally, step.tally(), what);
    requireSame(stamp, "largestExcess", largestExcess == null ? null : TextNode.valueOf(largestExcess),
        step.largestExcess() == null ? null : TextNode.valueOf(step.largestExcess()), what);
    requireSame(stamp, "converged", BooleanNode.valueOf(converged), BooleanNode.valueOf(step.converged()), what);
    polity.roundIterations.put(new RoundIteration(RoundIteration.id(round, iteration), round, iteration,
        CanonicalJson.write(Payload.texts(proposals)), tally == null ? null : CanonicalJson.write(tally),
        largestExcess, converged, CanonicalJson.write(prices), stamp.actor().toString(), stamp.timeText(),
        stamp.seq()));
    polity.rounds.put(r.with(Iterations.statusAfter(r, step, Rounds.spec(r).settings().maxRounds()), iteration,
        r.phaseStart(), r.plan()));
  }
}
