package org.serge.cli.council;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.serge.cli.RecordOptions;
import org.serge.council.Action;
import org.serge.council.Mandate;
import org.serge.council.mandate.ElectDelegate;
import org.serge.council.mandate.Resign;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code serge delegate elect|resign|list}: delegates' mandates to a federation's assembly. */
@Command(name = "delegate", mixinStandardHelpOptions = true,
    description = {"Move that your council elect a member as its delegate to its federation's assembly (an open vote",
        "of kind election; adoption grants the mandate for the constitution's term), resign a mandate, or list mandates."},
    subcommands = {DelegateCommand.Elect.class, DelegateCommand.ResignMandate.class, DelegateCommand.ListMandates.class})
public final class DelegateCommand extends Group {
  @Command(name = "elect", mixinStandardHelpOptions = true,
      description = "Open the vote electing MEMBER delegate of COUNCIL (refused if the constitution bars them: accumulation, consecutive terms).")
  static final class Elect extends Submit {
    @Parameters(index = "0", paramLabel = "COUNCIL") String council;
    @Parameters(index = "1", paramLabel = "MEMBER") String member;
    @Option(names = "--statement", defaultValue = "", paramLabel = "TEXT|@FILE") String statement;

    Action action() {
      return new ElectDelegate(council, member, Common.text(statement, "--statement"));
    }
  }

  @Command(name = "resign", mixinStandardHelpOptions = true, description = "Resign your mandate (it ends now; never erased).")
  static final class ResignMandate extends Submit {
    @Parameters(index = "0", paramLabel = "MANDATE") String mandate;

    Action action() {
      return new Resign(mandate);
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true,
      description = "List mandates, past and present: those a council gave (COUNCIL), or all.")
  static final class ListMandates implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "COUNCIL") String council;
    @Option(names = "--json") boolean json;
    @Mixin RecordOptions records;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      List<Mandate> mandates = Submission.read(records, p -> p.mandates.rows().stream()
          .filter(m -> council == null || m.council().equals(council) || m.federation().equals(council)).toList());
      Views.list(out, json, mandates, List.of("id", "member", "council", "federation", "start", "term_end", "ended", "end_reason"));
      return 0;
    }
  }
}
