package org.serge.cli.council;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.serge.InvalidInputException;
import org.serge.cli.RecordOptions;
import org.serge.council.Action;
import org.serge.council.Rule;
import org.serge.council.constitution.AmendConstitution;
import org.serge.council.constitution.Ratify;
import org.serge.council.constitution.SetOwnRules;
import org.serge.formats.ConstitutionFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code serge constitution show|amend|ratify|override}: the rules, and changing them under the rules. */
@Command(name = "constitution", mixinStandardHelpOptions = true,
    description = {"Show the rules a council acts under; move an amendment in a federation's assembly; ratify one in a",
        "member council; or move that a council set for itself a rule its federation lets it override."},
    subcommands = {ConstitutionCommand.Show.class, ConstitutionCommand.Amend.class, ConstitutionCommand.RatifyAmendment.class,
        ConstitutionCommand.OverrideRules.class})
public final class ConstitutionCommand extends Group {
  @Command(name = "show", mixinStandardHelpOptions = true, description = "The rules COUNCIL acts under, in plain words, with their ids.")
  static final class Show implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "COUNCIL") String council;
    @Option(names = "--json", description = "The constitution in its canonical JSON.") boolean json;
    @Mixin RecordOptions records;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      spec.commandLine().getOut().println(Submission.text(records, p -> {
        var constitution = p.constitution(council);
        if (json) {
          return Submission.write(constitution.toJson());
        }
        StringBuilder s = new StringBuilder(constitution.name() + " — the rules of " + council + ":\n");
        for (Rule rule : constitution.rules()) {
          s.append("  ").append(rule.id()).append(": ").append(rule.text()).append('\n');
        }
        return s.toString().stripTrailing();
      }));
      return 0;
    }
  }

  @Command(name = "amend", mixinStandardHelpOptions = true,
      description = "Move, as a delegate in a top-level federation's assembly, that its constitution be replaced by FILE (then ratified by member councils).")
  static final class Amend extends Submit {
    @Parameters(index = "0", paramLabel = "FEDERATION") String federation;
    @Parameters(index = "1", paramLabel = "FILE", description = "The whole new constitution (YAML).") Path file;
    @Option(names = "--title", required = true) String title;

    Action action() {
      return new AmendConstitution(federation, title, ConstitutionFile.read(file));
    }
  }

  @Command(name = "ratify", mixinStandardHelpOptions = true, description = "Move that COUNCIL ratify an amendment adopted by its federation's assembly.")
  static final class RatifyAmendment extends Submit {
    @Parameters(index = "0", paramLabel = "COUNCIL") String council;
    @Parameters(index = "1", paramLabel = "AMENDMENT") String amendment;
    @Option(names = "--statement", defaultValue = "", paramLabel = "TEXT|@FILE") String statement;

    Action action() {
      return new Ratify(council, amendment, Common.text(statement, "--statement"));
    }
  }

  @Command(name = "override", mixinStandardHelpOptions = true,
      description = {"Move that COUNCIL set rules for itself, as JSON: e.g. '{\"recall\":{\"petition\":\"1/3\"}}'",
          "(only rules its federation lists as overridable; null goes back to the inherited rule)."})
  static final class OverrideRules extends Submit {
    @Parameters(index = "0", paramLabel = "COUNCIL") String council;
    @Parameters(index = "1", paramLabel = "RULES", description = "A partial constitution in JSON, or @FILE.") String rules;
    @Option(names = "--title", required = true) String title;

    Action action() {
      String text = Common.text(rules, "RULES");
      try {
        if (!(Submission.MAPPER.readTree(text) instanceof ObjectNode tree)) {
          throw new InvalidInputException(null, 0, "RULES", "must be a JSON object of rules");
        }
        return new SetOwnRules(council, title, tree);
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new InvalidInputException(null, e.getLocation().getLineNr(), "RULES", "not JSON: " + e.getOriginalMessage());
      }
    }
  }
}
