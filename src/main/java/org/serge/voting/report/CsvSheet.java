package org.serge.voting.report;

import org.serge.voting.CountResult;
import org.serge.voting.Round;
import org.serge.voting.Transfer;

/**
 * The count sheet as CSV, one row per (round, kind, name): kinds are {@code tally},
 * {@code exhausted}, {@code loss}, {@code elected}, {@code eliminated} and
 * {@code transfer} (name = from, to = receiver). Quoted as RFC 4180 says.
 */
public final class CsvSheet {
  private CsvSheet() {}

  public static String write(CountResult result) {
    StringBuilder out = new StringBuilder("round,kind,name,to,votes,threshold\n");
    for (Round round : result.rounds()) {
      String threshold = round.threshold().toPlainString();
      round.tally().forEach((name, votes) ->
          row(out, round.number(), "tally", name, "", votes.toPlainString(), threshold));
      row(out, round.number(), "exhausted", "", "", round.exhausted().toPlainString(), threshold);
      row(out, round.number(), "loss", "", "", round.lossToRounding().toPlainString(), threshold);
      round.elected().forEach(name -> row(out, round.number(), "elected", name, "", "", threshold));
      round.eliminated().forEach(name ->
          row(out, round.number(), "eliminated", name, "", "", threshold));
      for (Transfer t : round.transfers()) {
        t.to().forEach((to, v) ->
            row(out, round.number(), "transfer", t.from(), to, v.toPlainString(), threshold));
      }
    }
    return out.toString();
  }

  private static void row(StringBuilder out, int round, String kind, String name, String to,
      String votes, String threshold) {
    out.append(round).append(',').append(kind).append(',').append(quote(name)).append(',')
        .append(quote(to)).append(',').append(votes).append(',').append(threshold).append('\n');
  }

  static String quote(String text) {
    if (text.contains(",") || text.contains("\"") || text.contains("\n")) {
      return '"' + text.replace("\"", "\"\"") + '"';
    }
    return text;
  }
}
