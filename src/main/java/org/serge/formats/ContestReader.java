package org.serge.formats;

import java.nio.file.Path;
import org.serge.InvalidInputException;
import org.serge.voting.Contest;

/**
 * The shared base of the ballot readers (one per format): each turns a file into a
 * {@link Contest} and reports bad input as an {@link InvalidInputException} naming the file,
 * the line (or row) and the field. Readers are single-use and not thread-safe.
 */
public abstract class ContestReader {
  /** The file being read, as errors name it. */
  protected final String source;

  protected ContestReader(Path file) {
    this.source = file.toString();
  }

  /** Reads the whole file. */
  public abstract Contest read();

  /** An error at a line (0 when unknown) and field (may be null) of this reader's file. */
  protected InvalidInputException error(long line, String field, String reason) {
    return new InvalidInputException(source, line, field, reason);
  }
}
