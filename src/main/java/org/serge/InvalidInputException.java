package org.serge;

import java.util.ArrayList;
import java.util.List;

/**
 * Input that Serge refuses: a malformed file, an unknown name, a number out of range.
 * The message names the place: source (file), line and field where they are known, as
 * {@code demand.csv:12: field 'quantity': "abc" is not a number}.
 */
public class InvalidInputException extends SergeException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final long line;
  private final String field;
  private final String reason;

  /**
   * @param source the file (or other origin) of the input; may be null
   * @param line the 1-based line number, or 0 when unknown
   * @param field the field or key at fault; may be null
   * @param reason what is wrong, in words a user understands
   */
  public InvalidInputException(String source, long line, String field, String reason) {
    super(format(source, line, field, reason));
    this.source = source;
    this.line = line;
    this.field = field;
    this.reason = reason;
  }

  /** An input error that has no particular place (a command-line value, say). */
  public InvalidInputException(String reason) {
    this(null, 0, null, reason);
  }

  public String source() {
    return source;
  }

  public long line() {
    return line;
  }

  public String field() {
    return field;
  }

  public String reason() {
    return reason;
  }

  @Override
  public int exitCode() {
    return 2;
  }

  private static String format(String source, long line, String field, String reason) {
    List<String> parts = new ArrayList<>();
    if (source != null) {
      parts.add(line > 0 ? source + ":" + line : source);
    } else if (line > 0) {
      parts.add("line " + line);
    }
    if (field != null) {
      parts.add("field '" + field + "'");
    }
    parts.add(reason);
    return String.join(": ", parts);
  }
}
