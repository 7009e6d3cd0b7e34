package org.serge.cli.council;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.serge.cli.RecordOptions;
import org.serge.council.deliberation.Decision;
import org.serge.council.deliberation.MinorityReport;
import org.serge.council.deliberation.PublishedDecision;
import org.serge.council.deliberation.Shown;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code serge decision show|list}: decisions, always with their minority reports. */
@Command(name = "decision", mixinStandardHelpOptions = true,
    description = "Read decisions; each is shown with every minority report on it.",
    subcommands = {DecisionCommand.Show.class, DecisionCommand.ListDecisions.class})
public final class DecisionCommand extends Group {
  /** A decision and its minority reports as text. */
  static String text(PublishedDecision published) {
    Decision d = published.decision();
    StringBuilder s = new StringBuilder();
    s.append("decision ").append(d.id()).append(" (").append(d.kind()).append(", motion ").append(d.motion())
        .append("): ").append(d.outcome().toUpperCase(java.util.Locale.ROOT)).append(" — ").append(d.yes())
        .append(" yes, ").append(d.no()).append(" no, ").append(d.abstain()).append(" abstain of ")
        .append(d.entitled()).append(" entitled; rule ").append(d.rule()).append('\n');
    for (Shown<MinorityReport> report : published.reports()) {
      MinorityReport r = report.content();
      s.append("  minority report ").append(r.id()).append(" (").append(r.status()).append(", ")
          .append(r.signatures()).append(" signature").append(r.signatures() == 1 ? "" : "s").append(") by ")
          .append(r.author()).append(": ").append(Views.words(report, r.title())).append('\n');
      s.append("    ").append(r.text().replace("\n", "\n    ")).append('\n');
    }
    return s.toString();
  }

  @Command(name = "show", mixinStandardHelpOptions = true, description = "Show a decision with its minority reports.")
  static final class Show implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DECISION") String id;
    @Option(names = "--json") boolean json;
    @Mixin RecordOptions records;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      spec.commandLine().getOut().println(Submission.text(records, p -> {
        PublishedDecision d = p.decision(id);
        return json ? Submission.write(Views.json(d)) : text(d).stripTrailing();
      }));
      return 0;
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "List a council's decisions, oldest first, with their minority reports.")
  static final class ListDecisions implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "COUNCIL") String council;
    @Option(names = "--json") boolean json;
    @Mixin RecordOptions records;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      List<PublishedDecision> decisions = Submission.read(records, p -> p.decisionsOf(council));
      if (json) {
        var array = Submission.MAPPER.createArrayNode();
        decisions.forEach(d -> array.add(Views.json(d)));
        out.println(Submission.write(array));
      } else if (decisions.isEmpty()) {
        out.println("no decisions in " + council);
      } else {
        decisions.forEach(d -> out.print(text(d)));
      }
      return 0;
    }
  }
}
