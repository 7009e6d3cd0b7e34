package org.serge.voting.report;

import java.util.LinkedHashSet;
import java.util.Set;
import org.serge.voting.CountResult;
import org.serge.voting.Round;
import org.serge.voting.Transfer;

/** The count sheet as plain text: a header, then one block per round. */
public final class TextSheet {
  private TextSheet() {}

  public static String write(CountResult result) {
    StringBuilder out = new StringBuilder();
    out.append(result.title().isEmpty() ? "Count" : result.title()).append('\n');
    out.append("Rule: ").append(result.rule()).append(", seats: ").append(result.seats())
        .append(", valid votes: ").append(result.votesIn().toPlainString()).append("\n\n");
    for (Round round : result.rounds()) {
      out.append("Round ").append(round.number());
      if (round.threshold().signum() > 0) {
        out.append(" (threshold ").append(round.threshold().toPlainString()).append(')');
      }
      out.append('\n');
      round.tally().forEach((name, votes) -> out.append(String.format("  %-40s %14s%n", name,
          votes.toPlainString())));
      out.append(String.format("  %-40s %14s%n", "(exhausted)", round.exhausted().toPlainString()));
      if (round.lossToRounding().signum() != 0) {
        out.append(String.format("  %-40s %14s%n", "(loss to rounding)",
            round.lossToRounding().toPlainString()));
      }
      round.elected().forEach(name -> out.append("  elected: ").append(name).append('\n'));
      round.eliminated().forEach(name -> out.append("  eliminated: ").append(name).append('\n'));
      for (Transfer t : round.transfers()) {
        if (!t.to().isEmpty()) {
          out.append("  transfer from ").append(t.from()).append(": ");
          Set<String> parts = new LinkedHashSet<>();
          t.to().forEach((to, v) -> parts.add(to + " " + v.toPlainString()));
          out.append(String.join(", ", parts)).append('\n');
        }
      }
      if (!round.note().isEmpty()) {
        out.append("  note: ").append(round.note()).append('\n');
      }
      out.append('\n');
    }
    out.append("Elected: ").append(String.join(", ", result.elected())).append('\n');
    out.append(result.balances() ? "The sheet balances in every round.\n"
        : "WARNING: the sheet does not balance.\n");
    return out.toString();
  }
}
