package org.serge.cli.council;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.serge.cli.RecordOptions;
import org.serge.council.Polity;
import org.serge.council.planning.PlanningRound;
import org.serge.council.planning.PlanningRounds;
import org.serge.council.planning.RoundIteration;
import org.serge.council.planning.RoundPlan;
import org.serge.formats.RecordedPlanJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Reading planning rounds and plans: {@code serge round show|list} and {@code serge plan show|list}.
 * JSON carries the rows' columns (numbers inside as the record writes them: decimal strings).
 */
public final class RoundViews {
  private RoundViews() {}

  @Command(name = "show", mixinStandardHelpOptions = true,
      description = "A round: objectives, iterations (largest excess, verdict, prices), current proposals, plans.")
  static final class Show implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "ROUND") String id;
    @Option(names = "--json") boolean json;
    @Mixin RecordOptions records;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      spec.commandLine().getOut().println(Submission.text(records, p -> json ? Submission.write(tree(p, id))
          : text(p, id)));
      return 0;
    }

    static ObjectNode tree(Polity p, String id) {
      ObjectNode node = Views.json(PlanningRounds.round(p, id));
      node.set("iterations", Views.json(PlanningRounds.iterations(p, id)));
      node.set("proposals", Views.json(PlanningRounds.current(p, id)));
      node.set("plans", Views.json(PlanningRounds.plans(p, id)));
      return node;
    }

    static String text(Polity p, String id) {
      PlanningRound r = PlanningRounds.round(p, id);
      StringWriter text = new StringWriter();
      PrintWriter w = new PrintWriter(text);
      w.println(r.id() + " in " + r.federation() + ": " + r.title() + " (" + r.period() + "; " + r.status()
          + (r.iteration() == null ? "" : ", iteration " + r.iteration()) + "; opened by decision " + r.decision() + ")");
      w.println("  objectives: " + r.spec());
      w.println("  regions: " + r.regions() + "; public demand: " + r.publicDemand());
      w.println("iterations:");
      List<RoundIteration> iterations = PlanningRounds.iterations(p, id);
      Views.table(w, iterations, List.of("number", "largest_excess", "converged", "seq", "prices"));
      if (!iterations.isEmpty()) {
        w.println("prices published: " + iterations.getLast().prices());
      }
      w.println("current proposals:");
      Views.table(w, PlanningRounds.current(p, id), List.of("id", "council", "kind", "submitted_by", "proposal"));
      w.println("plans:");
      Views.table(w, PlanningRounds.plans(p, id), List.of("id", "iteration", "source", "status", "motion", "decision"));
      w.flush();
      return text.toString().stripTrailing();
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "List a federation's planning rounds.")
  static final class ListRounds implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FEDERATION") String federation;
    @Option(names = "--json") boolean json;
    @Mixin RecordOptions records;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      List<PlanningRound> rounds = Submission.read(records, p -> PlanningRounds.rounds(p, federation));
      Views.list(spec.commandLine().getOut(), json, rounds, List.of("id", "status", "iteration", "plan", "period",
          "title"));
      return 0;
    }
  }

  @Command(name = "show", mixinStandardHelpOptions = true,
      description = "A plan of a planning round: each council's part, the balance of every product, prices, the"
          + " assembly's decision with its minority reports, and the record events every number comes from.")
  public static final class PlanShow implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "PLAN") String id;
    @Option(names = "--json") boolean json;
    @Mixin RecordOptions records;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      ObjectNode tree = Submission.read(records, p -> RecordedPlanJson.of(p, id, Views::json, Views::json));
      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        out.println(Submission.write(tree));
      } else {
        out.println(id + " of " + tree.get("plan").get("round").asText() + " (" + tree.get("plan").get("source")
            .asText() + ", " + tree.get("plan").get("status").asText() + ")");
        tree.get("councils").forEach(c -> out.println("  " + c.get("council").asText() + " (" + c.get("kind").asText()
            + ", " + c.get("region").asText() + ", " + c.get("members").asText() + " members): " + c.get("summary")
            .asText() + "  [event " + c.get("seq").asText() + "]"));
        out.println("balance (supply, demand, excess, price):");
        tree.get("products").forEach(x -> out.println("  " + x.get("product").asText() + ": " + x.get("supply").asText()
            + ", " + x.get("demand").asText() + ", " + x.get("excess").asText() + ", " + x.get("price").asText()));
        out.println("provenance: " + tree.get("provenance"));
      }
      return 0;
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "List the plans of planning rounds.")
  public static final class PlanList implements Callable<Integer> {
    @Option(names = "--round", paramLabel = "ROUND", description = "Only this round's plans.") String round;
    @Option(names = "--json") boolean json;
    @Mixin RecordOptions records;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      List<RoundPlan> plans = Submission.read(records, p -> PlanningRounds.plans(p, round));
      Views.list(spec.commandLine().getOut(), json, plans, List.of("id", "round", "iteration", "source", "status",
          "motion", "decision"));
      return 0;
    }
  }
}
