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
import org.serge.council.election.CloseElection;
import org.serge.council.election.Election;
import org.serge.council.election.Elections;
import org.serge.council.election.OpenElection;
import org.serge.council.election.Receipts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code serge election open|ballot|close|show|list|receipt}: secret-ballot elections on the record. */
@Command(name = "election", mixinStandardHelpOptions = true,
    description = {"Secret-ballot elections in a council: open one, cast your ballot (you get a receipt secret),",
        "close it (all ballots published in one shuffled batch, then counted), read the result and count sheet,",
        "check your receipt."},
    subcommands = {ElectionCommand.Open.class, BallotCommand.class, ElectionCommand.Close.class,
        ElectionCommand.Show.class, ElectionCommand.ListElections.class, ElectionCommand.Receipt.class})
public final class ElectionCommand extends Group {
  @Command(name = "open", mixinStandardHelpOptions = true, description = "Open an election in COUNCIL, for the period of its election rule.")
  static final class Open extends Submit {
    @Parameters(index = "0", paramLabel = "COUNCIL") String council;
    @Option(names = "--title", required = true) String title;
    @Option(names = "--seats", defaultValue = "1") long seats;
    @Option(names = "--method", defaultValue = "scottish", paramLabel = "scottish|meek|irv|schulze|approval|plurality",
        description = "The count (default ${DEFAULT-VALUE}).") String method;
    @Option(names = "--purpose", defaultValue = "general", paramLabel = "general|officers|delegates",
        description = "delegates: the winners become the council's delegates to its federation (default ${DEFAULT-VALUE}).")
    String purpose;
    @Option(names = "--candidate", required = true, paramLabel = "ID=NAME", description = "A candidate (repeat).")
    List<String> candidates;

    Action action() {
      List<OpenElection.Nominee> nominees = new ArrayList<>();
      for (String c : candidates) {
        int eq = c.indexOf('=');
        nominees.add(eq < 0 ? new OpenElection.Nominee(c, c) : new OpenElection.Nominee(c.substring(0, eq), c.substring(eq + 1)));
      }
      return new OpenElection(council, title, seats, method, purpose, nominees);
    }
  }

  @Command(name = "close", mixinStandardHelpOptions = true,
      description = "Close an election once its period has ended or everyone entitled has voted: publish and count.")
  static final class Close extends Submit {
    @Parameters(index = "0", paramLabel = "ELECTION") String election;

    Action action() {
      return new CloseElection(election, Randomness.seed());
    }
  }

  @Command(name = "show", mixinStandardHelpOptions = true,
      description = "An election: candidates, who has voted (public), and once counted the result, count sheet and published ballots.")
  static final class Show implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "ELECTION") String id;
    @Option(names = "--json") boolean json;
    @Mixin RecordOptions records;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      spec.commandLine().getOut().println(Submission.text(records, p -> json ? Submission.write(tree(p, id)) : text(p, id)));
      return 0;
    }

    static ObjectNode tree(Polity p, String id) {
      Election e = election(p, id);
      ObjectNode node = Views.json(e);
      node.set("candidates", Views.json(Elections.candidates(p, id)));
      node.set("electors", Views.json(Elections.electors(p, id)));
      node.set("ballots", Views.json(Elections.published(p, id)));
      return node;
    }

    static String text(Polity p, String id) {
      Election e = election(p, id);
      StringBuilder s = new StringBuilder();
      s.append(e.id()).append(" in ").append(e.council()).append(": ").append(e.title()).append(" (").append(e.method())
          .append(", ").append(e.seats()).append(" seat").append(e.seats() == 1 ? "" : "s").append(", ")
          .append(e.purpose()).append(", ").append(e.status()).append(", closes ").append(e.closes()).append(")\n");
      s.append("candidates: ").append(String.join(", ", Elections.candidates(p, id).stream()
          .map(c -> c.columns().get("name") + " (" + c.columns().get("candidate") + ")").toList())).append('\n');
      s.append("voted: ").append(e.voted()).append(" of ").append(e.entitled()).append(" entitled\n");
      if (e.elected() != null) {
        s.append("elected: ").append(e.elected()).append('\n');
        s.append("count sheet: ").append(e.sheet()).append('\n');
        s.append("published ballots: ").append(Elections.published(p, id).size()).append('\n');
      }
      return s.toString().stripTrailing();
    }

    private static Election election(Polity p, String id) {
      return p.elections.find(id).orElseThrow(() -> new InvalidInputException(null, 0, "election", "no election '" + id + "'"));
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "List a council's elections.")
  static final class ListElections implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "COUNCIL") String council;
    @Option(names = "--json") boolean json;
    @Mixin RecordOptions records;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      List<Election> elections = Submission.read(records, p -> Elections.of(p, council));
      Views.list(out, json, elections, List.of("id", "method", "seats", "purpose", "status", "voted", "elected", "title"));
      return 0;
    }
  }

  @Command(name = "receipt", mixinStandardHelpOptions = true,
      description = "Check your receipt: is your ballot among the published ones (or still sealed in the box)? Only you hold the secret.")
  static final class Receipt implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "ELECTION") String election;
    @Parameters(index = "1", paramLabel = "SECRET", description = "The receipt secret printed when you voted.") String secret;
    @Option(names = "--json") boolean json;
    @Mixin RecordOptions records;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      String[] answer = Submission.read(records, p -> {
        var published = Receipts.check(p, election, secret);
        if (published.isPresent()) {
          return new String[] {"published", published.get().ballot()};
        }
        return new String[] {Receipts.sealed(p, election, secret) ? "sealed" : "not-found", null};
      });
      if (json) {
        ObjectNode node = Submission.MAPPER.createObjectNode().put("election", election).put("status", answer[0]);
        node.put("ballot", answer[1]);
        out.println(Submission.write(node));
      } else {
        out.println(switch (answer[0]) {
          case "published" -> "your ballot is among the published ballots, counted as cast: " + answer[1];
          case "sealed" -> "your ballot is sealed in the box; it is published and counted at the close";
          default -> "no ballot with this receipt: check the secret, or the election";
        });
      }
      return answer[0].equals("not-found") ? 1 : 0;
    }
  }
}
