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
import org.serge.council.Times;

/**
 * Signs a minority report, by name: any member who acts in the council may, once. The
 * signature that brings a report gathering signatures to {@code minority-reports.members}
 * attaches it to its decision; signing an attached report adds support to it.
 */
public record SignMinorityReport(String report) implements Action {
  public List<Fact> decide(Polity polity, Actor actor, Instant now) {
    MinorityReport r = Deliberation.report(polity, report);
    if (actor.isInstance()) {
      throw new Refused(Articles.INSTANCE, "the instance signs no minority report");
    }
    String signer = actor.memberId();
    if (!Electorate.includes(polity, r.council(), signer, Times.text(now))) {
      throw new Refused(WriteMinorityReport.rule(polity, r.council()), signer + " does not act in " + r.council()
          + ": only its members sign its minority reports");
    }
    if (polity.reportSignatures.contains(ReportSignature.id(r.id(), signer))) {
      throw new Refused(Articles.MINORITY_REPORTS, signer + " has signed " + r.id() + " already");
    }
    List<Fact> facts = new ArrayList<>();
    facts.add(new MinorityReportSigned(r.council(), r.id()));
    long signatures = r.signatures() + 1;
    if (!r.isAttached() && signatures >= polity.constitution(r.council()).minorityReportMembers()) {
      facts.add(new MinorityReportAttached(r.council(), r.id(), signatures));
    }
    return facts;
  }
}
