package org.serge.formats;

/**
 * The fields of one MPS data line, named after the six fixed-format fields (1-based
 * columns 2-3, 5-12, 15-22, 25-36, 40-47, 50-61). A field that is absent is null; which of
 * them a section uses is the section's business ({@link MpsReader}).
 *
 * <p>Two ways to split a line: {@link #free} by whitespace, which fails (returns null) when
 * the number of tokens does not fit the section, and {@link #fixed} by column positions,
 * which keeps names that contain spaces.
 */
record MpsFields(String type, String name1, String name2, String value1, String name3, String value2) {

  /** The data sections, in the order a file must give them. */
  enum Section { NAME, OBJSENSE, ROWS, COLUMNS, RHS, RANGES, BOUNDS, ENDATA }

  /** Splits by the fixed column positions; names may hold spaces, fields are trimmed. */
  static MpsFields fixed(String line) {
    return new MpsFields(
        slice(line, 1, 3), slice(line, 4, 12), slice(line, 14, 22),
        slice(line, 24, 36), slice(line, 39, 47), slice(line, 49, 61));
  }

  /** Splits by whitespace as {@code section} expects; null when the count does not fit. */
  static MpsFields free(String[] t, Section section) {
    int n = t.length;
    return switch (section) {
      case ROWS -> n == 2 ? new MpsFields(t[0], t[1], null, null, null, null) : null;
      case COLUMNS -> switch (n) {
        case 3 -> new MpsFields(null, t[0], t[1], t[2], null, null);
        case 5 -> new MpsFields(null, t[0], t[1], t[2], t[3], t[4]);
        default -> null;
      };
      // The set name may be left out in free MPS: an even count means it was.
      case RHS, RANGES -> switch (n) {
        case 2 -> new MpsFields(null, "", t[0], t[1], null, null);
        case 3 -> new MpsFields(null, t[0], t[1], t[2], null, null);
        case 4 -> new MpsFields(null, "", t[0], t[1], t[2], t[3]);
        case 5 -> new MpsFields(null, t[0], t[1], t[2], t[3], t[4]);
        default -> null;
      };
      case BOUNDS -> switch (n) {
        case 2 -> new MpsFields(t[0], "", t[1], null, null, null);
        case 3 -> needsValue(t[0])
            ? new MpsFields(t[0], "", t[1], t[2], null, null)
            : new MpsFields(t[0], t[1], t[2], null, null, null);
        case 4 -> new MpsFields(t[0], t[1], t[2], t[3], null, null);
        default -> null;
      };
      default -> null;
    };
  }

  /** Whitespace tokens of a line (spaces and tabs). */
  static String[] tokens(String line) {
    return line.trim().split("[ \\t]+");
  }

  // FR, MI, PL and BV carry no value; the others do.
  private static boolean needsValue(String boundType) {
    return switch (boundType.toUpperCase(java.util.Locale.ROOT)) {
      case "FR", "MI", "PL", "BV" -> false;
      default -> true;
    };
  }

  private static String slice(String line, int from, int to) {
    if (line.length() <= from) {
      return null;
    }
    String field = line.substring(from, Math.min(to, line.length())).trim();
    return field.isEmpty() ? null : field;
  }
}
