package org.serge.formats;

import java.nio.file.Path;
import org.serge.InvalidInputException;

/**
 * The shared base of the cast-vote-record readers of RCTab contests (one per provider: ES&S
 * .xlsx, generic CSV, NIST CDF JSON). Each reads one file named by a config's
 * {@code cvrFileSources} entry into a {@link BallotCollector}, naming file and row in errors.
 */
public abstract class CvrReader {
  protected final Path file;
  protected final String source;
  protected final CvrSource settings;

  protected CvrReader(Path file, CvrSource settings) {
    this.file = file;
    this.source = file.toString();
    this.settings = settings;
  }

  /** Reads every record of the file into the collector. */
  public abstract void readInto(BallotCollector ballots);

  protected InvalidInputException error(long line, String field, String reason) {
    return new InvalidInputException(source, line, field, reason);
  }

  /**
   * Resolves one cell's text to a candidate index: the write-in label, else a name or alias;
   * an unknown name is an error naming the row.
   */
  protected int candidate(BallotCollector ballots, String text, long line, String field) {
    if (!settings.undeclaredWriteInLabel().isEmpty() && text.equals(settings.undeclaredWriteInLabel())) {
      return ballots.undeclaredWriteIn();
    }
    int c = ballots.indexOf(text);
    if (c < 0) {
      throw error(line, field, "unknown candidate \"" + text + "\" (not in the contest config)");
    }
    return c;
  }
}
