package org.serge.council.planning;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.serge.council.Payload;
import org.serge.council.Polity;
import org.serge.council.Stamp;
import org.serge.planning.cycle.DemandProposal;
import org.serge.planning.cycle.Frame;
import org.serge.planning.cycle.ProductionProposal;
import org.serge.planning.cycle.ProposalCheck;
import org.serge.planning.cycle.ProposalRefused;
import org.serge.record.CanonicalJson;

/**
 * A council's proposal in a round (scope: the proposing council), which replaces its earlier one. A
 * proposal to a round with an approved plan asks for an amendment: the round is {@code amending}, and
 * its next iterations recompute the plan from where it stood. Applying it re-checks the figures
 * against the round and the council's members.
 *
 * @param kind {@code demand} or {@code production}
 * @param figures the proposal ({@link ProposalJson})
 */
public record RoundProposed(String council, String round, String proposal, String kind, ObjectNode figures)
    implements RoundFact {
  public static final String TYPE = "round.proposed";

  public static RoundProposed read(Payload p) {
    return new RoundProposed(p.text("council"), p.text("round"), p.text("proposal"), p.text("kind"),
        p.object("figures").node());
  }

  public String type() {
    return TYPE;
  }

  public ObjectNode payload() {
    ObjectNode p = Payload.object();
    p.put("council", council);
    p.put("round", round);
    p.put("proposal", proposal);
    p.put("kind", kind);
    p.set("figures", figures);
    return p;
  }

  public void apply(Polity polity, Stamp stamp) {
    require(stamp, "proposal", proposal, RoundProposal.PREFIX + stamp.seq());
    PlanningRound r = Rounds.round(polity, round);
    if (!Proposing.TAKING.contains(r.status())) {
      throw bad(stamp, "round", round + " is " + r.status() + " and takes no proposals");
    }
    String region = Rounds.regionOf(polity, r.federation(), council);
    require(stamp, "kind", kind, String.valueOf(Rounds.proposalKind(polity.council(council))));
    Frame frame = Rounds.frame(r);
    long members = polity.membersAt(council, stamp.timeText()).size();
    String where = "event " + stamp.seq() + " (" + TYPE + ")";
    try {
      if (kind.equals(ProposalJson.DEMAND)) {
        DemandProposal d = ProposalJson.readDemand(frame, council, figures, where);
        require(stamp, "figures.region", frame.regions().get(d.region()), String.valueOf(region));
        require(stamp, "figures.members", (long) d.members(), members);
        ProposalCheck.check(frame, council, d);
      } else {
        ProductionProposal p = ProposalJson.readProduction(frame, council, figures, where);
        require(stamp, "figures.product", frame.regions().get(frame.region(p.product())), String.valueOf(region));
        require(stamp, "figures.members", (long) p.members(), members);
        ProposalCheck.check(frame, council, p);
      }
    } catch (ProposalRefused refused) {
      throw bad(stamp, "figures", refused.getMessage());
    }
    for (RoundProposal earlier : Rounds.current(polity, round)) {
      if (earlier.council().equals(council)) {
        polity.roundProposals.put(earlier.replaced(stamp.seq()));
      }
    }
    polity.roundProposals.put(new RoundProposal(proposal, round, council, kind, CanonicalJson.write(figures),
        stamp.actor().memberId(), stamp.timeText(), "current", null, stamp.seq()));
    if (r.status().equals("approved")) {
      polity.rounds.put(r.with("amending", r.iteration(), r.nextIteration(), r.plan()));
    }
  }
}
