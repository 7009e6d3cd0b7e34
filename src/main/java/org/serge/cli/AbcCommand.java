package org.serge.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.serge.InvalidInputException;
import org.serge.budgeting.committee.CommitteeRule;
import org.serge.budgeting.committee.CommitteeRules;
import org.serge.formats.AbcInstance;
import org.serge.formats.AbcReader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code serge abc FILE.abc.yaml --rule RULE_ID [--all] [--json]}: the winning committee of
 * an approval-based committee election under an abcvoting rule (with --all: every winning
 * committee, irresolute).
 */
@Command(name = "abc", mixinStandardHelpOptions = true,
    description = "Elect a committee from an abcvoting .abc.yaml file.")
final class AbcCommand implements Runnable {
  @Parameters(index = "0", paramLabel = "FILE.abc.yaml") Path file;

  @Option(names = "--rule", required = true, description = "abcvoting rule id: av, pav, seqpav, seqphragmen, "
      + "cc, seqcc, equal-shares, … (see docs/budgeting.md)")
  String rule;

  @Option(names = "--all", description = "List every winning committee (irresolute).") boolean all;

  @Option(names = "--json", description = "Print JSON.") boolean json;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    CommitteeRule chosen = CommitteeRules.byId(rule).orElseThrow(() ->
        new InvalidInputException("unknown committee rule " + rule + "; known: " + CommitteeRules.ids()));
    if (all && CommitteeRules.resoluteOnly(rule)) {
      throw new InvalidInputException(rule + " is defined for one committee only; drop --all");
    }
    AbcInstance instance = AbcReader.read(file);
    List<List<Integer>> committees = chosen.committees(instance.profile(), instance.committeeSize(), !all);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      ObjectNode root = Json.object();
      ArrayNode first = root.putArray("committee");
      committees.getFirst().forEach(first::add);
      if (all) {
        root.set("committees", Json.MAPPER.valueToTree(committees));
      }
      out.println(Json.write(root));
    } else {
      committees.forEach(c -> out.println(c));
    }
    out.flush();
  }
}
