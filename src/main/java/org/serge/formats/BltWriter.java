package org.serge.formats;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.serge.voting.Ballot;
import org.serge.voting.Contest;

/**
 * Writes a contest as .blt, the inverse of {@link BltReader}: skipped ranks as {@code -},
 * overvotes as {@code a=b}, names and title quoted. A quote inside a name, and an overvote
 * whose candidates are unnamed (ES&S "overvote" cells), cannot be written in .blt and are
 * refused with an IllegalArgumentException.
 */
public final class BltWriter {
  private BltWriter() {}

  public static void write(Contest contest, Writer out) {
    try {
      out.write(contest.size() + " " + contest.seats() + "\n");
      if (!contest.withdrawn().isEmpty()) {
        StringBuilder line = new StringBuilder();
        contest.withdrawn().stream().sorted().forEach(w -> line.append(line.isEmpty() ? "" : " ")
            .append(-(w + 1)));
        out.write(line + "\n");
      }
      for (Ballot ballot : contest.ballots()) {
        StringBuilder line = new StringBuilder().append(ballot.count());
        for (int[] rank : ballot.ranks()) {
          line.append(' ');
          if (rank.length == 0) {
            line.append('-');
          }
          for (int k = 0; k < rank.length; k++) {
            if (rank[k] == Ballot.UNKNOWN) {
              throw new IllegalArgumentException(
                  ".blt cannot hold an overvote whose candidates are not named");
            }
            line.append(k == 0 ? "" : "=").append(rank[k] + 1);
          }
        }
        out.write(line.append(" 0\n").toString());
      }
      out.write("0\n");
      for (String name : contest.candidates()) {
        out.write(quoted(name) + "\n");
      }
      out.write(quoted(contest.title()) + "\n");
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String quoted(String text) {
    if (text.indexOf('"') >= 0) {
      throw new IllegalArgumentException("a .blt name cannot hold a quote: " + text);
    }
    return "\"" + text + "\"";
  }
}
