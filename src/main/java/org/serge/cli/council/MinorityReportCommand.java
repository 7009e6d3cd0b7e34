package org.serge.cli.council;

import org.serge.InvalidInputException;
import org.serge.council.Action;
import org.serge.council.deliberation.SignMinorityReport;
import org.serge.council.deliberation.WriteMinorityReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code serge minority-report DECISION --title … --text …} writes a minority report on a
 * decision; {@code serge minority-report --sign REPORT} signs one that gathers signatures.
 */
@Command(name = "minority-report", mixinStandardHelpOptions = true,
    description = {"Write a minority report on a decision, or sign one (--sign REPORT).",
        "One who voted on the losing side attaches it at once; anyone else gathers the signatures the",
        "constitution asks for (minority-reports.members). It is published with the decision for ever."})
public final class MinorityReportCommand extends Submit {
  @Parameters(index = "0", arity = "0..1", paramLabel = "DECISION") String decision;
  @Option(names = "--title") String title;
  @Option(names = "--text", paramLabel = "TEXT|@FILE") String text;
  @Option(names = "--sign", paramLabel = "REPORT", description = "Sign this report instead of writing one.") String sign;

  @Override
  Action action() {
    if (sign != null) {
      if (decision != null) {
        throw new InvalidInputException(null, 0, "DECISION", "give either a DECISION to write a report on, or --sign REPORT");
      }
      return new SignMinorityReport(sign);
    }
    if (decision == null || title == null || text == null) {
      throw new InvalidInputException(null, 0, decision == null ? "DECISION" : title == null ? "--title" : "--text",
          "writing a minority report needs DECISION, --title and --text");
    }
    return new WriteMinorityReport(decision, title, Common.text(text, "--text"));
  }
}
