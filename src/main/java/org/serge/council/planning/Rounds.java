package org.serge.council.planning;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.serge.InvalidInputException;
import org.serge.council.Council;
import org.serge.council.CouncilKind;
import org.serge.council.Payload;
import org.serge.council.Polity;
import org.serge.planning.cycle.Cycle;
import org.serge.planning.cycle.DemandProposal;
import org.serge.planning.cycle.Frame;
import org.serge.planning.cycle.ProductionProposal;
import org.serge.planning.cycle.Proposals;

/**
 * Lookups of planning rounds in the polity, the regions of a federation, and the round's cycle and
 * proposals rebuilt from the rows: what actions, facts and {@link PlanningRounds} share.
 */
final class Rounds {
  private Rounds() {}

  private static final ObjectMapper JSON = new ObjectMapper();

  static PlanningRound round(Polity polity, String id) {
    return polity.rounds.find(id).orElseThrow(() -> new InvalidInputException(null, 0, "round",
        "no planning round '" + id + "'"));
  }

  static RoundPlan plan(Polity polity, String id) {
    return polity.plans.find(id).orElseThrow(() -> new InvalidInputException(null, 0, "plan", "no plan '" + id + "'"));
  }

  static RoundProposal proposal(Polity polity, String id) {
    return polity.roundProposals.find(id).orElseThrow(() -> new InvalidInputException(null, 0, "proposal",
        "no round proposal '" + id + "'"));
  }

  static RoundIteration iteration(Polity polity, String round, long number) {
    return polity.roundIterations.find(RoundIteration.id(round, number)).orElseThrow(() ->
        new InvalidInputException(null, 0, "iteration", "round " + round + " has no iteration " + number));
  }

  /**
   * The regions of a federation's round: the federation itself when councils belong to it directly
   * (or it has no member federation), then its member federations in the order they were created.
   */
  static List<String> regions(Polity polity, String federation) {
    List<Council> members = polity.memberCouncils(federation);
    List<String> regions = new ArrayList<>();
    if (members.stream().anyMatch(c -> !c.isFederation()) || members.stream().noneMatch(Council::isFederation)) {
      regions.add(federation);
    }
    members.stream().filter(Council::isFederation).forEach(c -> regions.add(c.id()));
    return regions;
  }

  /** The region of a council in a federation's round, or null when the council is not within it. */
  static String regionOf(Polity polity, String federation, String council) {
    String below = council;
    for (Council above : polity.federationsAbove(council)) {
      if (above.id().equals(federation)) {
        Council direct = polity.council(below);
        return direct.isFederation() ? direct.id() : federation;
      }
      below = above.id();
    }
    return null;
  }

  /** The kind of proposal a council makes: demand (neighbourhood) or production (workplace); null for none. */
  static String proposalKind(Council council) {
    return council.kind() == CouncilKind.NEIGHBOURHOOD ? ProposalJson.DEMAND
        : council.kind() == CouncilKind.WORKPLACE ? ProposalJson.PRODUCTION : null;
  }

  static RoundSpec spec(PlanningRound round) {
    return RoundSpec.read(new Payload((ObjectNode) parse(round.spec()), "round " + round.id()));
  }

  static List<String> regions(PlanningRound round) {
    List<String> regions = new ArrayList<>();
    parse(round.regions()).forEach(n -> regions.add(n.textValue()));
    return regions;
  }

  static Frame frame(RoundSpec spec, List<String> regions) {
    int[] productRegion = spec.products().stream().mapToInt(p -> regions.indexOf(p.region())).toArray();
    double[] limits = spec.resources().stream().mapToDouble(RoundSpec.Resource::limit).toArray();
    try {
      return new Frame(spec.productCodes(), productRegion, regions,
          spec.resources().stream().map(RoundSpec.Resource::code).toList(), limits, spec.maxHoursPerMember());
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(null, 0, "spec", e.getMessage());
    }
  }

  static Frame frame(PlanningRound round) {
    return frame(spec(round), regions(round));
  }

  static Cycle cycle(PlanningRound round) {
    return Cycle.of(frame(round), spec(round).settings());
  }

  static double[] publicDemand(PlanningRound round, Frame frame) {
    return Numbers.dense(parse(round.publicDemand()), frame.products(), "round " + round.id(), "public_demand");
  }

  /** A round's current proposals, in summing order: demand, then production, each by council id. */
  static List<RoundProposal> current(Polity polity, String round) {
    return polity.roundProposals.rows().stream().filter(p -> p.round().equals(round) && p.current())
        .sorted(Comparator.comparing((RoundProposal p) -> !p.kind().equals(ProposalJson.DEMAND))
            .thenComparing(RoundProposal::council))
        .toList();
  }

  /** The iterations closed so far, in order. */
  static List<RoundIteration> iterations(Polity polity, String round) {
    return polity.roundIterations.rows().stream().filter(i -> i.round().equals(round))
        .sorted(Comparator.comparingLong(RoundIteration::number)).toList();
  }

  /** The ids an iteration summed, in order. */
  static List<String> ids(RoundIteration iteration) {
    List<String> ids = new ArrayList<>();
    parse(iteration.proposals()).forEach(n -> ids.add(n.textValue()));
    return ids;
  }

  /** The proposals with these ids as the cycle sums them, with the round's public demand. */
  static Proposals proposals(Polity polity, PlanningRound round, Frame frame, List<String> ids) {
    List<DemandProposal> demand = new ArrayList<>();
    List<ProductionProposal> production = new ArrayList<>();
    for (String id : ids) {
      RoundProposal row = proposal(polity, id);
      JsonNode figures = parse(row.proposal());
      String where = "proposal " + id;
      if (row.kind().equals(ProposalJson.DEMAND)) {
        demand.add(ProposalJson.readDemand(frame, row.council(), figures, where));
      } else {
        production.add(ProposalJson.readProduction(frame, row.council(), figures, where));
      }
    }
    return new Proposals(demand, production, publicDemand(round, frame));
  }

  /** Every iteration's proposals, in order (iteration 0, the opening, first). */
  static List<Proposals> history(Polity polity, PlanningRound round, Frame frame) {
    return iterations(polity, round.id()).stream().map(i -> proposals(polity, round, frame, ids(i))).toList();
  }

  static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new InvalidInputException(null, 0, "json", e.getOriginalMessage());
    }
  }
}
