package org.serge.council.deliberation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.serge.council.Payload;
import org.serge.council.Polity;
import org.serge.council.Stamp;

/** A member signed a minority report, by name. */
public record MinorityReportSigned(String council, String report) implements DeliberationFact {
  public static final String TYPE = "minority-report.signed";

  public static MinorityReportSigned read(Payload p) {
    return new MinorityReportSigned(p.text("council"), p.text("report"));
  }

  public String type() {
    return TYPE;
  }

  public ObjectNode payload() {
    ObjectNode p = Payload.object();
    p.put("council", council);
    p.put("report", report);
    return p;
  }

  public void apply(Polity polity, Stamp stamp) {
    MinorityReport r = Deliberation.report(polity, report);
    require(stamp, "council", council, r.council());
    String signer = member(stamp);
    String id = ReportSignature.id(report, signer);
    if (polity.reportSignatures.contains(id)) {
      throw bad(stamp, "report", signer + " signed " + report + " already");
    }
    polity.reportSignatures.put(new ReportSignature(id, report, signer, stamp.timeText(), stamp.seq()));
    polity.minorityReports.put(r.signed());
  }
}
