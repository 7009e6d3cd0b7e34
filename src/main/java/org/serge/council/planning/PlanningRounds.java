package org.serge.council.planning;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.serge.council.Council;
import org.serge.council.Polity;
import org.serge.council.deliberation.PublishedDecision;
import org.serge.planning.cycle.Cycle;
import org.serge.planning.cycle.CycleSettings;
import org.serge.planning.cycle.DemandProposal;
import org.serge.planning.cycle.Frame;
import org.serge.planning.cycle.Prices;
import org.serge.planning.cycle.ProductionProposal;
import org.serge.planning.cycle.Proposals;
import org.serge.planning.cycle.Round;

/**
 * The read API of planning rounds, for adapters and the plan report: a round's frame, settings and
 * every iteration's proposals in summing order, its rounds recomputed by {@link Cycle#replay}, and a
 * plan with its councils and the provenance of every number (the events of the opening, each
 * proposal, each iteration, the drafting and the approval; the assembly's motion and decision with
 * its minority reports). Reads a polity; call it under the record's read lock
 * ({@code PublicRecord.read}).
 */
public final class PlanningRounds {
  private PlanningRounds() {}

  /** A council as a plan shows it. {@code members}: as its proposal counted them; {@code region}: a region code. */
  public record PlanCouncil(String id, String name, String kind, String region, int members) {}

  /**
   * Where a plan's numbers come from, as event seqs of the record.
   *
   * @param proposals the seq of each council's proposal in the plan, by council id
   * @param iterations the seq of iterations 0 … the plan's, in order
   * @param approval the {@code plan.approved} event, or null while not approved
   * @param decision the assembly's decision with its minority reports, or null before the vote closed
   */
  public record Provenance(long opening, Map<String, Long> proposals, List<Long> iterations, long drafted,
      String motion, PublishedDecision decision, Long approval) {}

  /**
   * A plan with all it rests on.
   *
   * @param opening the proposals of iteration 0 (the producers' opening technology)
   * @param iterations the proposals of iterations 1 … the plan's, each in summing order
   * @param rounds those iterations recomputed ({@link Cycle#replay}): prices, tally, verdict
   * @param proposals the plan itself: the converged iteration's proposals, or for a fallback the
   *     stated ones at the plan LP's outputs and fulfilment
   * @param figures the plan LP's answer for a fallback, else null
   */
  public record RecordedPlan(RoundPlan plan, PlanningRound round, Frame frame, CycleSettings settings,
      Proposals opening, List<Proposals> iterations, List<Round> rounds, Proposals proposals, ObjectNode figures,
      List<PlanCouncil> councils, Provenance provenance) {}

  public static PlanningRound round(Polity polity, String id) {
    return Rounds.round(polity, id);
  }

  /** A federation's rounds, oldest first. */
  public static List<PlanningRound> rounds(Polity polity, String federation) {
    return polity.rounds.rows().stream().filter(r -> r.federation().equals(federation)).toList();
  }

  public static RoundSpec spec(Polity polity, String round) {
    return Rounds.spec(Rounds.round(polity, round));
  }

  public static Frame frame(Polity polity, String round) {
    return Rounds.frame(Rounds.round(polity, round));
  }

  public static CycleSettings settings(Polity polity, String round) {
    return spec(polity, round).settings();
  }

  /** The iterations closed, iteration 0 first. */
  public static List<RoundIteration> iterations(Polity polity, String round) {
    return Rounds.iterations(polity, round);
  }

  /** Every proposal of a round, current and replaced, in the order made. */
  public static List<RoundProposal> proposals(Polity polity, String round) {
    return polity.roundProposals.rows().stream().filter(p -> p.round().equals(round)).toList();
  }

  /** The proposals in force now, in summing order. */
  public static List<RoundProposal> current(Polity polity, String round) {
    return Rounds.current(polity, round);
  }

  /** The proposals an iteration summed, in summing order, with the public demand. */
  public static Proposals proposals(Polity polity, String round, long iteration) {
    PlanningRound r = Rounds.round(polity, round);
    return Rounds.proposals(polity, r, Rounds.frame(r), Rounds.ids(Rounds.iteration(polity, round, iteration)));
  }

  /** The prices published last: what councils propose at now (iteration 0 publishes the first). */
  public static Prices prices(Polity polity, String round) {
    PlanningRound r = Rounds.round(polity, round);
    List<RoundIteration> iterations = Rounds.iterations(polity, round);
    if (iterations.isEmpty()) {
      throw new org.serge.InvalidInputException(null, 0, "round", round + " has published no prices yet");
    }
    return ProposalJson.readPrices(Rounds.frame(r), Rounds.parse(iterations.getLast().prices()),
        "iteration " + iterations.getLast().id());
  }

  /** Iterations 1 … the last recomputed from the record, and the prices published for the next. */
  public static Cycle.Replay replay(Polity polity, String round) {
    PlanningRound r = Rounds.round(polity, round);
    Frame frame = Rounds.frame(r);
    List<Proposals> history = Rounds.history(polity, r, frame);
    if (history.isEmpty()) {
      throw new org.serge.InvalidInputException(null, 0, "round", round + " has closed no iteration yet");
    }
    return Rounds.cycle(r).replay(history.getFirst(), history.subList(1, history.size()));
  }

  public static RoundPlan plan(Polity polity, String id) {
    return Rounds.plan(polity, id);
  }

  /** Every plan, or a round's plans when {@code round} is not null, oldest first. */
  public static List<RoundPlan> plans(Polity polity, String round) {
    return polity.plans.rows().stream().filter(p -> round == null || p.round().equals(round)).toList();
  }

  /** A plan with its frame, iterations, recomputed rounds, councils and provenance. */
  public static RecordedPlan recorded(Polity polity, String planId) {
    RoundPlan plan = Rounds.plan(polity, planId);
    PlanningRound round = Rounds.round(polity, plan.round());
    Frame frame = Rounds.frame(round);
    List<RoundIteration> rows = Rounds.iterations(polity, round.id()).subList(0, (int) plan.iteration() + 1);
    List<Proposals> history = rows.stream().map(i -> Rounds.proposals(polity, round, frame, Rounds.ids(i))).toList();
    List<Proposals> iterations = history.subList(1, history.size());
    List<Round> rounds = Rounds.cycle(round).replay(history.getFirst(), iterations).rounds();
    ObjectNode figures = plan.figures() == null ? null : (ObjectNode) Rounds.parse(plan.figures());
    Proposals stated = history.getLast();
    Proposals proposals = figures == null ? stated : FallbackPlan.proposals(stated, figures, "plan " + planId);
    List<String> ids = Rounds.ids(rows.getLast());
    Map<String, Long> seqs = new LinkedHashMap<>();
    for (String id : ids) {
      RoundProposal proposal = Rounds.proposal(polity, id);
      seqs.put(proposal.council(), proposal.seq());
    }
    PublishedDecision decision = plan.decision() == null ? null : polity.decision(plan.decision());
    Long approval = plan.status().equals("approved") || plan.status().equals("superseded") ? plan.decidedSeq() : null;
    Provenance provenance = new Provenance(round.seq(), seqs, rows.stream().map(RoundIteration::seq).toList(),
        plan.seq(), plan.motion(), decision, approval);
    return new RecordedPlan(plan, round, frame, Rounds.spec(round).settings(), history.getFirst(),
        List.copyOf(iterations), rounds, proposals, figures, councils(polity, frame, proposals), provenance);
  }

  private static List<PlanCouncil> councils(Polity polity, Frame frame, Proposals proposals) {
    List<PlanCouncil> councils = new ArrayList<>();
    for (DemandProposal d : proposals.consumers()) {
      councils.add(council(polity.council(d.council()), frame.regions().get(d.region()), d.members()));
    }
    for (ProductionProposal p : proposals.producers()) {
      councils.add(council(polity.council(p.council()), frame.regions().get(frame.region(p.product())), p.members()));
    }
    return councils;
  }

  private static PlanCouncil council(Council c, String region, int members) {
    return new PlanCouncil(c.id(), c.name(), c.kind().text(), region, members);
  }
}
