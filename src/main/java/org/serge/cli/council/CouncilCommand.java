package org.serge.cli.council;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.serge.cli.RecordOptions;
import org.serge.council.Action;
import org.serge.council.Council;
import org.serge.council.CouncilKind;
import org.serge.council.CreateCouncil;
import org.serge.council.Mandate;
import org.serge.council.Polity;
import org.serge.council.Rule;
import org.serge.council.Times;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code serge council create|list|show}: councils and federations. */
@Command(name = "council", mixinStandardHelpOptions = true,
    description = "Create a council in a federation, list councils, or show one: members, delegates, constitution in plain words.",
    subcommands = {CouncilCommand.Create.class, CouncilCommand.ListCouncils.class, CouncilCommand.Show.class})
public final class CouncilCommand extends Group {
  @Command(name = "create", mixinStandardHelpOptions = true,
      description = "Found a council (workplace, neighbourhood, or a federation of councils) in a federation; its founder is its first member.")
  static final class Create extends Submit {
    @Parameters(index = "0", paramLabel = "ID") String id;
    @Option(names = "--name", required = true) String name;
    @Option(names = "--kind", required = true, paramLabel = "workplace|neighbourhood|federation") String kind;
    @Option(names = "--in", required = true, paramLabel = "FEDERATION", description = "The federation it belongs to.") String parent;

    Action action() {
      return new CreateCouncil(id, name, CouncilKind.parse(kind), parent, null);
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "List every council and federation.")
  static final class ListCouncils implements Callable<Integer> {
    @Option(names = "--json") boolean json;
    @Mixin RecordOptions records;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      List<Council> councils = Submission.read(records, p -> List.copyOf(p.councils.rows()));
      Views.list(out, json, councils, List.of("id", "kind", "parent", "name"));
      return 0;
    }
  }

  @Command(name = "show", mixinStandardHelpOptions = true,
      description = "Show a council: members (or member councils), delegates in force, and the rules it acts under.")
  static final class Show implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "COUNCIL") String id;
    @Option(names = "--json") boolean json;
    @Mixin RecordOptions records;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      String now = Times.text(Instant.now());
      spec.commandLine().getOut().println(Submission.text(records, p -> json ? Submission.write(tree(p, now)) : text(p, now)));
      return 0;
    }

    private ObjectNode tree(Polity p, String now) {
      ObjectNode node = Views.json(p.council(id));
      node.remove("constitution");
      node.putPOJO("members", p.membersAt(id, now));
      node.putPOJO("memberCouncils", p.memberCouncils(id).stream().map(Council::id).toList());
      node.set("delegates", Views.json(delegates(p, now)));
      node.set("assembly", Views.json(p.mandatesAt(id, now)));
      ArrayNode rules = node.putArray("rules");
      p.constitution(id).rules().forEach(r -> rules.addObject().put("id", r.id()).put("text", r.text()));
      return node;
    }

    private List<Mandate> delegates(Polity p, String now) {
      return p.mandates.rows().stream().filter(m -> m.council().equals(id) && m.heldAt(now)).toList();
    }

    private String text(Polity p, String now) {
      Council c = p.council(id);
      StringBuilder s = new StringBuilder();
      s.append(c.name()).append(" (").append(c.id()).append(", ").append(c.kind().text())
          .append(c.parent() == null ? ", top-level federation" : ", in " + c.parent()).append(")\n");
      if (c.isFederation()) {
        s.append("member councils: ").append(String.join(", ", p.memberCouncils(id).stream().map(Council::id).toList()))
            .append('\n');
        s.append("assembly (delegates in force): ").append(String.join(", ",
            p.mandatesAt(id, now).stream().map(m -> m.member() + " for " + m.council()).toList())).append('\n');
      } else {
        s.append("members: ").append(String.join(", ", p.membersAt(id, now))).append('\n');
      }
      List<Mandate> delegates = delegates(p, now);
      if (!delegates.isEmpty()) {
        s.append("delegates: ").append(String.join(", ", delegates.stream()
            .map(m -> m.member() + " to " + m.federation() + " until " + m.termEnd()).toList())).append('\n');
      }
      s.append("constitution:\n");
      for (Rule rule : p.constitution(id).rules()) {
        s.append("  ").append(rule.id()).append(": ").append(rule.text()).append('\n');
      }
      return s.toString().stripTrailing();
    }
  }
}
