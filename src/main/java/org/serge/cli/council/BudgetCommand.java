package org.serge.cli.council;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.serge.InvalidInputException;
import org.serge.cli.RecordOptions;
import org.serge.council.Action;
import org.serge.council.Polity;
import org.serge.council.election.BudgetRound;
import org.serge.council.election.CloseBudgetRound;
import org.serge.council.election.Elections;
import org.serge.council.election.OpenBudgetRound;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code serge budget open|ballot|close|show|list}: participatory budget rounds by secret ballot. */
@Command(name = "budget", mixinStandardHelpOptions = true,
    description = {"Participatory budgets on the record: open a round with its projects, approve projects by secret",
        "ballot (with a receipt), close it (ballots published, projects selected by Equal Shares by default)."},
    subcommands = {BudgetCommand.Open.class, BallotCommand.class, BudgetCommand.Close.class, BudgetCommand.Show.class,
        BudgetCommand.ListRounds.class})
public final class BudgetCommand extends Group {
  @Command(name = "open", mixinStandardHelpOptions = true, description = "Open a budget round in COUNCIL (decided under its plan rule).")
  static final class Open extends Submit {
    @Parameters(index = "0", paramLabel = "COUNCIL") String council;
    @Option(names = "--title", required = true) String title;
    @Option(names = "--budget", required = true, description = "The budget, in whole units.") long budget;
    @Option(names = "--method", defaultValue = "equal-shares", paramLabel = "equal-shares|greedy|phragmen",
        description = "The rule (default ${DEFAULT-VALUE}).") String method;
    @Option(names = "--project", required = true, paramLabel = "ID=NAME:COST", description = "A project (repeat).")
    List<String> projects;

    Action action() {
      List<OpenBudgetRound.Item> items = new ArrayList<>();
      for (String p : projects) {
        int eq = p.indexOf('=');
        int colon = p.lastIndexOf(':');
        if (eq < 1 || colon < eq) {
          throw new InvalidInputException(null, 0, "--project", "'" + p + "' is not ID=NAME:COST");
        }
        try {
          items.add(new OpenBudgetRound.Item(p.substring(0, eq), p.substring(eq + 1, colon),
              Long.parseLong(p.substring(colon + 1).strip())));
        } catch (NumberFormatException e) {
          throw new InvalidInputException(null, 0, "--project", "'" + p + "': the cost is not a whole number");
        }
      }
      return new OpenBudgetRound(council, title, budget, method, items);
    }
  }

  @Command(name = "close", mixinStandardHelpOptions = true, description = "Close a round: publish the ballots and select the projects.")
  static final class Close extends Submit {
    @Parameters(index = "0", paramLabel = "ROUND") String round;

    Action action() {
      return new CloseBudgetRound(round, Randomness.seed());
    }
  }

  @Command(name = "show", mixinStandardHelpOptions = true, description = "A round: projects, support, selection and \"for whom\" figures.")
  static final class Show implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "ROUND") String id;
    @Option(names = "--json") boolean json;
    @Mixin RecordOptions records;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      spec.commandLine().getOut().println(Submission.text(records, p -> json ? Submission.write(tree(p)) : text(p)));
      return 0;
    }

    private BudgetRound round(Polity p) {
      return p.budgetRounds.find(id).orElseThrow(() -> new InvalidInputException(null, 0, "round", "no budget round '" + id + "'"));
    }

    private ObjectNode tree(Polity p) {
      ObjectNode node = Views.json(round(p));
      node.set("projects", Views.json(Elections.projects(p, id)));
      node.set("ballots", Views.json(Elections.published(p, id)));
      return node;
    }

    private String text(Polity p) {
      BudgetRound r = round(p);
      var out = new java.io.StringWriter();
      var w = new PrintWriter(out);
      w.println(r.id() + " in " + r.council() + ": " + r.title() + " (" + r.method() + ", budget " + r.budget() + ", "
          + r.status() + ", " + r.voted() + " of " + r.entitled() + " voted)");
      Views.table(w, Elections.projects(p, id), List.of("project", "name", "cost", "supporters", "selected"));
      if (r.selected() != null) {
        w.println("selected: " + r.selected() + "; spent " + r.spent());
        w.println("for whom: " + r.figures());
      }
      w.flush();
      return out.toString().stripTrailing();
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "List a council's budget rounds.")
  static final class ListRounds implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "COUNCIL") String council;
    @Option(names = "--json") boolean json;
    @Mixin RecordOptions records;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      List<BudgetRound> rounds = Submission.read(records, p -> Elections.roundsOf(p, council));
      Views.list(out, json, rounds, List.of("id", "method", "budget", "status", "voted", "spent", "title"));
      return 0;
    }
  }
}
