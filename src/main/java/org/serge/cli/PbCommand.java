package org.serge.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.serge.InvalidInputException;
import org.serge.budgeting.BudgetRule;
import org.serge.budgeting.BudgetRules;
import org.serge.budgeting.Impact;
import org.serge.budgeting.PbInstance;
import org.serge.formats.PbReader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code serge pb FILE.pb [--rule R] [--json]}: the projects a participatory budget funds,
 * with the "for whom" figures. Without --rule the file's META {@code rule} is used.
 */
@Command(name = "pb", mixinStandardHelpOptions = true,
    description = "Select the projects of a pabulib participatory budget (.pb).")
final class PbCommand implements Runnable {
  @Parameters(index = "0", paramLabel = "FILE.pb") Path file;

  @Option(names = "--rule", description = "greedy, equal-shares (add1 completion), equalshares, "
      + "equalshares/add1-comparison, phragmen; default: the file's META rule")
  String rule;

  @Option(names = "--json", description = "Print JSON.") boolean json;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    PbInstance instance = PbReader.read(file);
    String ruleId = rule != null ? rule : instance.meta().get("rule");
    if (ruleId == null || ruleId.isBlank()) {
      throw new InvalidInputException(file.toString(), 0, "rule", "META names no rule; pass --rule");
    }
    BudgetRule chosen;
    try {
      chosen = BudgetRules.byId(ruleId);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(e.getMessage());
    }
    List<Integer> selected = chosen.select(instance);
    Impact impact = Impact.of(instance, selected);
    PrintWriter out = spec.commandLine().getOut();
    List<String> ids = selected.stream().map(p -> instance.projects().get(p).id()).toList();
    if (json) {
      ObjectNode root = Json.object();
      ArrayNode array = root.putArray("selected");
      ids.forEach(array::add);
      root.put("rule", chosen.id());
      root.put("budget", instance.budget());
      root.put("cost", instance.cost(selected));
      root.set("forWhom", Json.MAPPER.valueToTree(impact));
      out.println(Json.write(root));
    } else {
      out.printf("rule %s, budget %d, spent %d on %d projects%n", chosen.id(), instance.budget(),
          instance.cost(selected), selected.size());
      out.println("selected: " + String.join(" ", ids));
      out.printf("voters with a funded project they supported: %.1f%%%n", 100 * impact.satisfiedShare());
      double[] q = impact.spendingQuartiles();
      out.printf("spending per voter: mean %.0f; min %.0f, 25%% %.0f, median %.0f, 75%% %.0f, max %.0f; Gini %.3f%n",
          impact.spendingPerVoter(), q[0], q[1], q[2], q[3], q[4], impact.gini());
      impact.satisfiedShareByAttribute().forEach((attribute, shares) -> {
        if (shares.size() <= 12) { // a short breakdown only (district, sex); JSON has them all
          shares.forEach((value, share) -> out.printf("  %s %s: %.1f%% served%n", attribute, value, 100 * share));
        }
      });
      impact.spendingByCategory().forEach((c, v) -> out.printf("category %s: %d%n", c, v));
    }
    out.flush();
  }
}
