package org.serge.council.deliberation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.serge.council.Payload;
import org.serge.council.Polity;
import org.serge.council.Stamp;

/**
 * A minority report was attached to its decision, with {@code signatures} signatures: it is
 * published with the decision from now on, wherever the decision is shown.
 */
public record MinorityReportAttached(String council, String report, long signatures) implements DeliberationFact {
  public static final String TYPE = "minority-report.attached";

  public static MinorityReportAttached read(Payload p) {
    return new MinorityReportAttached(p.text("council"), p.text("report"), p.integer("signatures"));
  }

  public String type() {
    return TYPE;
  }

  public ObjectNode payload() {
    ObjectNode p = Payload.object();
    p.put("council", council);
    p.put("report", report);
    p.put("signatures", signatures);
    return p;
  }

  public void apply(Polity polity, Stamp stamp) {
    MinorityReport r = Deliberation.report(polity, report);
    require(stamp, "council", council, r.council());
    require(stamp, "signatures", signatures, r.signatures());
    require(stamp, "report", r.status(), "gathering");
    polity.minorityReports.put(r.attachedAt(stamp.timeText()));
  }
}
