package org.serge.formats;

/** Writing side of CSV: quotes a field only where RFC 4180 requires it. */
public final class Csv {
  private Csv() {}

  /** The field as it must appear in a CSV line. */
  public static String field(String value) {
    boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
        || value.indexOf('\r') >= 0 || value.startsWith("#") || !value.equals(value.strip());
    return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
  }

  /** A number that reads back to the same double. */
  public static String number(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return Double.toString(value);
  }

  /** Fields joined into one CSV line (no line break). */
  public static String line(String... fields) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < fields.length; i++) {
      if (i > 0) {
        line.append(',');
      }
      line.append(field(fields[i]));
    }
    return line.toString();
  }
}
