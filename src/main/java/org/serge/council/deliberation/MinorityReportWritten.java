package org.serge.council.deliberation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.serge.council.Payload;
import org.serge.council.Polity;
import org.serge.council.Stamp;

/**
 * A member wrote a minority report on a decision, and signed it. {@code route} is
 * {@code losing-side} (they voted on the losing side: attached at once, by
 * {@code minority-report.attached} in the same action) or {@code signatures} (it gathers
 * signatures first).
 */
public record MinorityReportWritten(
    String council, String report, String decision, String title, String text, String route)
    implements DeliberationFact {
  public static final String TYPE = "minority-report.written";

  public static MinorityReportWritten read(Payload p) {
    return new MinorityReportWritten(p.text("council"), p.text("report"), p.text("decision"), p.text("title"),
        p.text("text"), p.text("route"));
  }

  public String type() {
    return TYPE;
  }

  public ObjectNode payload() {
    ObjectNode p = Payload.object();
    p.put("council", council);
    p.put("report", report);
    p.put("decision", decision);
    p.put("title", title);
    p.put("text", text);
    p.put("route", route);
    return p;
  }

  public void apply(Polity polity, Stamp stamp) {
    requireId(stamp, "report", report, "r-");
    require(stamp, "council", council, Deliberation.recorded(polity, decision).council());
    if (!route.equals("losing-side") && !route.equals("signatures")) {
      throw bad(stamp, "route", "'" + route + "' is neither losing-side nor signatures");
    }
    String author = member(stamp);
    String time = stamp.timeText();
    polity.minorityReports.put(new MinorityReport(report, council, decision, author, title, text, route, "gathering",
        1, null, time, null, stamp.seq()));
    polity.reportSignatures.put(new ReportSignature(ReportSignature.id(report, author), report, author, time,
        stamp.seq()));
  }
}
