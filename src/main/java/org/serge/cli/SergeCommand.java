package org.serge.cli;

import java.io.PrintWriter;
import org.serge.SergeException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code serge} command. Every subcommand is registered here, in one visible place.
 * Exit codes: 0 ok, 1 a computation failed, 2 bad input (a stack trace only with --debug), 3 refused
 * by the constitution.
 */
@Command(
    name = "serge",
    mixinStandardHelpOptions = true,
    versionProvider = SergeCommand.Version.class,
    description = "Democratic economic planning by federated councils.",
    subcommands = {
      DemoCommand.class,
      LeontiefCommand.class,
      PlanCommand.class,
      GenerateCommand.class,
      BenchCommand.class,
      LpCommand.class,
      CountCommand.class,
      PbCommand.class,
      AbcCommand.class,
      org.serge.cli.council.InitCommand.class,
      org.serge.cli.council.CouncilCommand.class,
      org.serge.cli.council.MemberCommand.class,
      org.serge.cli.council.DelegateCommand.class,
      org.serge.cli.council.RecallCommand.class,
      org.serge.cli.council.ConstitutionCommand.class,
      org.serge.cli.council.ElectionCommand.class,
      org.serge.cli.council.BudgetCommand.class,
      org.serge.cli.council.ProposeCommand.class,
      org.serge.cli.council.ProposalCommand.class,
      org.serge.cli.council.AmendCommand.class,
      org.serge.cli.council.AmendmentCommand.class,
      org.serge.cli.council.CommentCommand.class,
      org.serge.cli.council.MotionCommand.class,
      org.serge.cli.council.VoteCommand.class,
      org.serge.cli.council.DecideCommand.class,
      org.serge.cli.council.DecisionCommand.class,
      org.serge.cli.council.MinorityReportCommand.class,
      org.serge.cli.council.HideCommand.class,
      org.serge.cli.council.AppealCommand.class,
      RecordCommand.class,
      ServeCommand.class,
      AccountCommand.class,
      SimulateCommand.class,
      org.serge.cli.council.ReportCommand.class,
      CommandLine.HelpCommand.class,
    })
public final class SergeCommand implements Runnable {

  @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Show stack traces of errors.")
  boolean debug;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs the CLI as a library call, returning the exit code (tests use this). */
  public static int execute(String... args) {
    return commandLine(new PrintWriter(System.out, true), new PrintWriter(System.err, true))
        .execute(args);
  }

  /** A configured command line writing to the given streams. */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    SergeCommand root = new SergeCommand();
    CommandLine cli = new CommandLine(root);
    cli.setOut(out);
    cli.setErr(err);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setExecutionExceptionHandler(
        (exception, commandLine, parseResult) -> {
          boolean debug = root.debug || parseResult.hasMatchedOption("--debug");
          PrintWriter errors = commandLine.getErr();
          if (exception instanceof SergeException failure) {
            errors.println("serge: " + failure.getMessage());
            if (debug) {
              failure.printStackTrace(errors);
            }
            errors.flush();
            return failure.exitCode();
          }
          errors.println("serge: internal error: " + exception);
          if (debug) {
            exception.printStackTrace(errors);
          } else {
            errors.println("(run again with --debug for the stack trace)");
          }
          errors.flush();
          return 1;
        });
    return cli;
  }

  /** Reads the version from the jar's manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = SergeCommand.class.getPackage().getImplementationVersion();
      return new String[] {"serge " + (version == null ? "(development build)" : version)};
    }
  }
}
