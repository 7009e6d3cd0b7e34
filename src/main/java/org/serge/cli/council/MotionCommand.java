package org.serge.cli.council;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.serge.cli.RecordOptions;
import org.serge.council.Action;
import org.serge.council.motion.Motion;
import org.serge.council.motion.OpenMotion;
import org.serge.council.motion.Vote;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code serge motion open|show|list}: motions and their named votes. */
@Command(name = "motion", mixinStandardHelpOptions = true,
    description = "Open a motion (a resolution, or a motion on a subject such as a recall), show one with its named votes, list a council's.",
    subcommands = {MotionCommand.Open.class, MotionCommand.Show.class, MotionCommand.ListMotions.class})
public final class MotionCommand extends Group {
  @Command(name = "open", mixinStandardHelpOptions = true, description = "Put a motion to a council; it stays open for its kind's period.")
  static final class Open extends Submit {
    @Parameters(index = "0", paramLabel = "COUNCIL") String council;
    @Option(names = "--kind", defaultValue = "ordinary", description = "The kind of decision (default ${DEFAULT-VALUE}).") String kind;
    @Option(names = "--title", required = true) String title;
    @Option(names = "--text", defaultValue = "", paramLabel = "TEXT|@FILE") String text;
    @Option(names = "--subject-type", defaultValue = "resolution", paramLabel = "TYPE",
        description = "What adoption acts on: resolution (default), delegate, mandate, moderator, …") String subjectType;
    @Option(names = "--subject", paramLabel = "ID", description = "The subject's id (a member, a mandate, …).") String subject;

    Action action() {
      return new OpenMotion(council, kind, title, Common.text(text, "--text"), subjectType, subject);
    }
  }

  @Command(name = "show", mixinStandardHelpOptions = true, description = "Show a motion and every vote on it, by name.")
  static final class Show implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "MOTION") String id;
    @Option(names = "--json") boolean json;
    @Mixin RecordOptions records;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      spec.commandLine().getOut().println(Submission.text(records, p -> {
        Motion m = p.motion(id);
        List<Vote> votes = p.votesOn(id);
        if (json) {
          var node = Views.json(m);
          node.set("votes", Views.json(votes));
          return Submission.write(node);
        }
        var text = new java.io.StringWriter();
        var w = new PrintWriter(text);
        w.println(m.id() + " in " + m.council() + " (" + m.kind() + ", " + m.status() + ", closes " + m.closes() + "): " + m.title());
        if (!m.text().isEmpty()) {
          w.println("  " + m.text().replace("\n", "\n  "));
        }
        w.println("votes:");
        Views.table(w, votes, List.of("voter", "choice", "time"));
        w.flush();
        return text.toString().stripTrailing();
      }));
      return 0;
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "List a council's motions.")
  static final class ListMotions implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "COUNCIL") String council;
    @Option(names = "--json") boolean json;
    @Mixin RecordOptions records;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      List<Motion> motions = Submission.read(records, p -> {
        p.council(council);
        return p.motions.rows().stream().filter(m -> m.council().equals(council)).toList();
      });
      Views.list(out, json, motions, List.of("id", "kind", "status", "subject_type", "closes", "title"));
      return 0;
    }
  }
}
