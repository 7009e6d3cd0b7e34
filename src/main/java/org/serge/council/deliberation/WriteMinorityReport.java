package org.serge.council.deliberation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.serge.council.Action;
import org.serge.council.Actor;
import org.serge.council.Articles;
import org.serge.council.Electorate;
import org.serge.council.Fact;
import org.serge.council.Polity;
import org.serge.council.Refused;
import org.serge.council.Rule;
import org.serge.council.Times;
import org.serge.council.motion.Vote;

/**
 * Writes a minority report on an adopted or rejected decision. One who voted on the losing
 * side attaches it at once. Any other member who acts in the council writes it to gather
 * signatures: it is attached once {@code minority-reports.members} members (the writer first)
 * have signed it ({@link SignMinorityReport}).
 */
public record WriteMinorityReport(String decision, String title, String text) implements Action {
  public List<Fact> decide(Polity polity, Actor actor, Instant now) {
    Decision d = Deliberation.recorded(polity, decision);
    if (actor.isInstance()) {
      throw new Refused(Articles.INSTANCE, "the instance writes no minority report");
    }
    String author = actor.memberId();
    if (!d.taken()) {
      throw new Refused(Articles.MINORITY_REPORTS, d.id() + " lapsed without a quorum: no one lost a decision");
    }
    if (polity.minorityReports.rows().stream().anyMatch(r -> r.decision().equals(d.id()) && r.author().equals(author))) {
      throw new Refused(Articles.MINORITY_REPORTS, author + " has written a minority report on " + d.id() + " already");
    }
    boolean losingSide = polity.votes.find(Vote.id(d.motion(), author))
        .map(v -> v.choice().equals(d.losingChoice())).orElse(false);
    int needed = polity.constitution(d.council()).minorityReportMembers();
    if (!losingSide && !Electorate.includes(polity, d.council(), author, Times.text(now))) {
      throw new Refused(rule(polity, d.council()), author + " neither voted " + d.losingChoice() + " on " + d.motion()
          + " nor acts in " + d.council() + " to gather " + needed + " signatures");
    }
    String report = MinorityReport.id(polity.seq() + 1);
    List<Fact> facts = new ArrayList<>();
    facts.add(new MinorityReportWritten(d.council(), report, d.id(), Texts.title("title", title),
        Texts.required("text", text), losingSide ? "losing-side" : "signatures"));
    if (losingSide || needed <= 1) {
      facts.add(new MinorityReportAttached(d.council(), report, 1));
    }
    return facts;
  }

  /** The constitution's rule on who may attach a minority report. */
  static Rule rule(Polity polity, String councilId) {
    return polity.constitution(councilId).rule("minority-reports.members").orElseThrow();
  }
}
