package org.serge.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.serge.InvalidInputException;
import org.serge.formats.BltReader;
import org.serge.formats.RctabConfigReader;
import org.serge.formats.RctabConfigReader.RctabContest;
import org.serge.voting.Approval;
import org.serge.voting.Contest;
import org.serge.voting.CountResult;
import org.serge.voting.CountingRule;
import org.serge.voting.Irv;
import org.serge.voting.MeekStv;
import org.serge.voting.Plurality;
import org.serge.voting.Schulze;
import org.serge.voting.ScottishStv;
import org.serge.voting.report.CsvSheet;
import org.serge.voting.report.HtmlSheet;
import org.serge.voting.report.JsonSheet;
import org.serge.voting.report.TextSheet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code serge count FILE}: counts a .blt file by a rule, or an RCTab contest config (.json)
 * by its own rules, and prints the count sheet. Thin: reading and counting live elsewhere.
 */
@Command(
    name = "count",
    mixinStandardHelpOptions = true,
    description = "Count an election: a .blt ballot file or an RCTab contest config (.json).")
final class CountCommand implements Callable<Integer> {
  /** The counting rules the CLI offers. */
  enum Rules { scottish, meek, irv, schulze, approval, plurality }

  /** The count sheet formats. */
  enum Format { text, csv, json, html }

  @Parameters(index = "0", paramLabel = "FILE", description = "A .blt file or an RCTab config .json.")
  Path file;

  @Option(names = "--rules", description = "For .blt: ${COMPLETION-CANDIDATES} (default scottish).")
  Rules rules;

  @Option(names = "--seats", description = "Seats to fill (default: as in the file).")
  Integer seats;

  @Option(names = "--json", description = "Print the count sheet as JSON (same as --format json).")
  boolean json;

  @Option(names = "--format", description = "text, csv, json or html (default text).")
  Format format;

  @Option(names = {"-o", "--output"}, description = "Write the sheet to this file.")
  Path output;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    CountResult result = count();
    Format chosen = json ? Format.json : format == null ? Format.text : format;
    String sheet = switch (chosen) {
      case text -> TextSheet.write(result);
      case csv -> CsvSheet.write(result);
      case json -> JsonSheet.write(result) + "\n";
      case html -> HtmlSheet.write(result);
    };
    if (output != null) {
      Files.writeString(output, sheet, StandardCharsets.UTF_8);
    } else {
      PrintWriter out = spec.commandLine().getOut();
      out.print(sheet);
      out.flush();
    }
    return 0;
  }

  private CountResult count() {
    if (seats != null && seats < 1) {
      throw new InvalidInputException(null, 0, "--seats", "must be at least 1, found " + seats);
    }
    if (file.getFileName().toString().toLowerCase().endsWith(".json")) {
      if (rules != null) {
        throw new InvalidInputException(null, 0, "--rules",
            "an RCTab config carries its own rules; --rules applies to .blt files");
      }
      RctabContest rctab = RctabConfigReader.read(file);
      Contest contest = seats == null ? rctab.contest() : rctab.contest().withSeats(seats);
      return rctab.rule(file.toString()).count(contest);
    }
    Contest contest = BltReader.read(file);
    if (seats != null) {
      if (seats > contest.size()) {
        throw new InvalidInputException(null, 0, "--seats",
            seats + " seats but only " + contest.size() + " candidates");
      }
      contest = contest.withSeats(seats);
    }
    return rule(rules == null ? Rules.scottish : rules).count(contest);
  }

  static CountingRule rule(Rules rules) {
    return switch (rules) {
      case scottish -> new ScottishStv();
      case meek -> new MeekStv();
      case irv -> new Irv();
      case schulze -> new Schulze();
      case approval -> new Approval();
      case plurality -> new Plurality();
    };
  }
}
