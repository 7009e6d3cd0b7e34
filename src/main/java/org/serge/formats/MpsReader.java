package org.serge.formats;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.serge.InvalidInputException;
import org.serge.formats.MpsFields.Section;
import org.serge.planning.solve.LinearProgram;

/**
 * Reads a linear program in MPS format, fixed or free, plain or gzip-compressed ({@code .gz}).
 *
 * <p>Sections NAME, OBJSENSE, ROWS, COLUMNS, RHS, RANGES, BOUNDS, ENDATA, in that order. The
 * objective is the first N row; other N rows are dropped. An RHS on the objective row is
 * minus the objective constant. Only the first RHS, RANGES and BOUNDS set is used. Bound types
 * UP LO FX FR MI PL BV LI UI; SC is refused. An UP bound below zero on a column with no
 * explicit lower bound makes the lower bound −∞ (the classic MPS convention). Values of
 * magnitude 1e30 or more in bounds and right-hand sides mean infinity. Integer markers
 * (INTORG/INTEND) and BV/LI/UI set {@link LinearProgram#isInteger}.
 *
 * <p>Fixed or free is decided line by line: a line is split by whitespace first; when that
 * does not fit (wrong count, unknown name, not a number) the fixed column positions are
 * tried, and a file that needed them is read fixed first from then on. This reads the netlib
 * files whose names hold spaces (forplan).
 *
 * <p>Every error is an {@link InvalidInputException} naming file, line and field. Not
 * thread-safe; use one reader per file (the static methods do).
 */
public final class MpsReader {
  private static final Pattern NUMBER =
      Pattern.compile("[+-]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?|[+-]?(?i:inf|infinity)");
  private static final double INFINITE = 1e30;
  private static final int OBJECTIVE = -1;
  private static final int DROPPED = -2;

  private final String source;
  private LinearProgram.Builder builder;
  private String name;
  private boolean maximize;
  private double offset;
  private Section section;
  private long line;
  private boolean preferFixed;
  private boolean inInteger;
  private final Map<String, Integer> rows = new HashMap<>();
  private final Map<String, Integer> columns = new HashMap<>();
  private final StringBuilder rowTypes = new StringBuilder();
  private final BitSet lowerGiven = new BitSet();
  private double[] rhs;
  private double[] range;
  private String rhsSet;
  private String rangeSet;
  private String boundSet;

  private MpsReader(String source) {
    this.source = source;
  }

  /** Reads an MPS file ({@code .mps} or {@code .mps.gz}). */
  public static LinearProgram read(Path file) {
    try (Reader in = CsvReader.openText(file)) {
      return read(in, file.toString());
    } catch (IOException e) {
      throw new InvalidInputException(file.toString(), 0, null, "cannot read: " + e.getMessage());
    }
  }

  /** Reads MPS text; {@code source} names it in errors. Does not close {@code in}. */
  public static LinearProgram read(Reader in, String source) {
    return new MpsReader(source).parse(in instanceof BufferedReader b ? b : new BufferedReader(in));
  }

  private LinearProgram parse(BufferedReader in) {
    try {
      String text;
      while ((text = in.readLine()) != null) {
        line++;
        if (text.isBlank() || text.charAt(0) == '*') {
          continue;
        }
        if (text.charAt(0) != ' ' && text.charAt(0) != '\t') {
          header(text);
          if (section == Section.ENDATA) {
            return finish();
          }
        } else {
          data(text);
        }
      }
    } catch (IOException e) {
      // A truncated gzip stream ends here: say where the readable text stopped.
      throw new InvalidInputException(source, line + 1, null, "cannot read (file damaged?): " + e.getMessage());
    }
    throw new InvalidInputException(source, line, null, "the file ends without ENDATA (truncated?)");
  }

  private void header(String text) {
    String[] t = MpsFields.tokens(text);
    Section next;
    try {
      next = Section.valueOf(t[0].toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw error(null, "unknown section '" + t[0] + "'");
    }
    if (section != null && next.ordinal() <= section.ordinal()) {
      throw error(null, "section " + next + " cannot come after " + section);
    }
    if (next.ordinal() > Section.ROWS.ordinal() && builder == null) {
      throw error(null, "section " + next + " before ROWS");
    }
    if (next == Section.NAME) {
      name = text.length() > 4 ? text.substring(4).trim() : "";
    } else if (next == Section.OBJSENSE && t.length > 1) {
      sense(t[1]);
    } else if (next == Section.ROWS) {
      builder = LinearProgram.builder(name == null || name.isEmpty() ? source : name);
    } else if (next.ordinal() > Section.ROWS.ordinal() && rhs == null) {
      rhs = new double[builder.rows()];
      range = new double[builder.rows()];
      Arrays.fill(range, Double.NaN);
    }
    section = next;
  }

  private void sense(String word) {
    switch (word.toUpperCase(Locale.ROOT)) {
      case "MAX", "MAXIMIZE" -> maximize = true;
      case "MIN", "MINIMIZE" -> maximize = false;
      default -> throw error("sense", "'" + word + "' is not MAX or MIN");
    }
  }

  private void data(String text) {
    if (section == null || section == Section.NAME) {
      throw error(null, "data line before any section");
    }
    if (section == Section.OBJSENSE) {
      sense(text.trim());
      return;
    }
    if (section == Section.COLUMNS && text.contains("'MARKER'")) {
      marker(text);
      return;
    }
    MpsFields free = MpsFields.free(MpsFields.tokens(text), section);
    MpsFields fixed = MpsFields.fixed(text);
    Runnable action;
    InvalidInputException first;
    try {
      action = resolve(preferFixed ? fixed : free, preferFixed ? "fixed" : "free");
    } catch (InvalidInputException e) {
      first = e;
      try {
        action = resolve(preferFixed ? free : fixed, preferFixed ? "free" : "fixed");
        preferFixed = true; // a fixed-format file: its names may hold spaces
      } catch (InvalidInputException ignored) {
        throw first;
      }
    }
    action.run();
  }

  // Checks a line without changing anything, so that the other splitting can still be tried.
  private Runnable resolve(MpsFields f, String format) {
    if (f == null) {
      throw error(null, "the line does not have the fields of a " + section + " line (" + format + " MPS)");
    }
    return switch (section) {
      case ROWS -> resolveRow(f);
      case COLUMNS -> resolveEntries(f);
      case RHS, RANGES -> resolveRightHandSides(f);
      case BOUNDS -> resolveBound(f);
      default -> throw error(null, "unexpected data line in " + section);
    };
  }

  private Runnable resolveRow(MpsFields f) {
    String type = required(f.type(), "type").toUpperCase(Locale.ROOT);
    String row = required(f.name1(), "row");
    if (!type.equals("N") && !type.equals("L") && !type.equals("G") && !type.equals("E")) {
      throw error("type", "row type '" + f.type() + "' is not N, L, G or E");
    }
    if (rows.containsKey(row)) {
      throw error("row", "duplicate row name '" + row + "'");
    }
    return () -> {
      if (type.equals("N")) {
        rows.put(row, rows.containsValue(OBJECTIVE) ? DROPPED : OBJECTIVE);
      } else {
        rows.put(row, builder.addRow(row, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY));
        rowTypes.append(type.charAt(0));
      }
    };
  }

  private Runnable resolveEntries(MpsFields f) {
    String column = required(f.name1(), "column");
    int row1 = row(f.name2());
    double value1 = finite(f.value1(), "value");
    int row2 = f.name3() == null ? DROPPED : row(f.name3());
    double value2 = f.name3() == null ? 0 : finite(f.value2(), "value");
    return () -> {
      int j = columns.computeIfAbsent(column, c -> addColumn(c));
      add(row1, j, value1);
      add(row2, j, value2);
    };
  }

  private int addColumn(String column) {
    int j = builder.addColumn(column, 0, 0, Double.POSITIVE_INFINITY);
    builder.setInteger(j, inInteger);
    return j;
  }

  private void add(int row, int column, double value) {
    if (row == OBJECTIVE) {
      builder.setCost(column, builder.cost(column) + value);
    } else if (row >= 0 && value != 0) {
      builder.add(row, column, value);
    }
  }

  private void marker(String text) {
    String upper = text.toUpperCase(Locale.ROOT);
    if (upper.contains("'INTORG'")) {
      inInteger = true;
    } else if (upper.contains("'INTEND'")) {
      inInteger = false;
    } else {
      throw error("marker", "a MARKER line must say 'INTORG' or 'INTEND'");
    }
  }

  private Runnable resolveRightHandSides(MpsFields f) {
    String set = f.name1() == null ? "" : f.name1();
    int row1 = row(f.name2());
    double value1 = number(f.value1(), "value");
    int row2 = f.name3() == null ? DROPPED : row(f.name3());
    double value2 = f.name3() == null ? 0 : number(f.value2(), "value");
    boolean ranges = section == Section.RANGES;
    return () -> {
      String chosen = ranges ? (rangeSet == null ? rangeSet = set : rangeSet) : (rhsSet == null ? rhsSet = set : rhsSet);
      if (!chosen.equals(set)) {
        return; // a second set: MPS solvers use the first
      }
      rightHandSide(ranges, row1, value1);
      rightHandSide(ranges, row2, value2);
    };
  }

  private void rightHandSide(boolean ranges, int row, double value) {
    if (row == OBJECTIVE && !ranges) {
      offset = -value;
    } else if (row >= 0) {
      (ranges ? range : rhs)[row] = value;
    }
  }

  private Runnable resolveBound(MpsFields f) {
    String type = required(f.type(), "bound type").toUpperCase(Locale.ROOT);
    String set = f.name1() == null ? "" : f.name1();
    String column = required(f.name2(), "column");
    Integer j = columns.get(column);
    if (j == null) {
      throw error("column", "unknown column '" + column + "'");
    }
    double value = switch (type) {
      case "UP", "LO", "FX", "LI", "UI" -> number(f.value1(), "value");
      case "FR", "MI", "PL", "BV" -> 0;
      case "SC" -> throw error("bound type", "semi-continuous bounds (SC) are not supported");
      default -> throw error("bound type", "unknown bound type '" + f.type() + "'");
    };
    return () -> {
      if (boundSet == null) {
        boundSet = set;
      } else if (!boundSet.equals(set)) {
        return; // a second set: MPS solvers use the first
      }
      bound(type, j, value);
    };
  }

  private void bound(String type, int j, double value) {
    double lower = builder.columnLower(j);
    double upper = builder.columnUpper(j);
    switch (type) {
      case "UP", "UI" -> {
        upper = value;
        if (value < 0 && lower == 0 && !lowerGiven.get(j)) {
          lower = Double.NEGATIVE_INFINITY;
        }
      }
      case "LO", "LI" -> lower = value;
      case "FX" -> lower = upper = value;
      case "FR" -> {
        lower = Double.NEGATIVE_INFINITY;
        upper = Double.POSITIVE_INFINITY;
      }
      case "MI" -> lower = Double.NEGATIVE_INFINITY;
      case "PL" -> upper = Double.POSITIVE_INFINITY;
      case "BV" -> {
        lower = 0;
        upper = 1;
      }
      default -> throw new IllegalStateException(type);
    }
    if (!type.equals("UP") && !type.equals("UI") && !type.equals("PL")) {
      lowerGiven.set(j);
    }
    if (type.equals("BV") || type.equals("LI") || type.equals("UI")) {
      builder.setInteger(j, true);
    }
    builder.setColumnBounds(j, lower, upper);
  }

  private LinearProgram finish() {
    if (builder == null) {
      throw error(null, "no ROWS section before ENDATA");
    }
    for (int i = 0; i < builder.rows(); i++) {
      double b = rhs == null ? 0 : rhs[i];
      double r = range == null ? Double.NaN : Math.abs(range[i]);
      boolean ranged = !Double.isNaN(r);
      double lower = Double.NEGATIVE_INFINITY;
      double upper = Double.POSITIVE_INFINITY;
      switch (rowTypes.charAt(i)) {
        case 'L' -> {
          upper = b;
          lower = ranged ? b - r : lower;
        }
        case 'G' -> {
          lower = b;
          upper = ranged ? b + r : upper;
        }
        default -> { // E: the sign of R says on which side the range lies
          lower = ranged && range[i] < 0 ? b - r : b;
          upper = ranged && range[i] > 0 ? b + r : b;
        }
      }
      builder.setRowBounds(i, lower, upper);
    }
    return builder.maximize(maximize).objectiveOffset(offset).build();
  }

  private int row(String rowName) {
    Integer i = rows.get(required(rowName, "row"));
    if (i == null) {
      throw error("row", "unknown row '" + rowName + "'");
    }
    return i;
  }

  private String required(String value, String field) {
    if (value == null || value.isEmpty()) {
      throw error(field, "missing");
    }
    return value;
  }

  // A number as MPS writes it; ±1e30 and beyond, or "inf", mean infinity.
  private double number(String text, String field) {
    if (!NUMBER.matcher(required(text, field)).matches()) {
      throw error(field, "\"" + text + "\" is not a number");
    }
    String lower = text.toLowerCase(Locale.ROOT);
    double value = lower.contains("inf") ? (lower.startsWith("-") ? -1 : 1) * Double.POSITIVE_INFINITY
        : Double.parseDouble(text);
    if (Math.abs(value) >= INFINITE) {
      return value > 0 ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
    }
    return value;
  }

  private double finite(String text, String field) {
    double value = number(text, field);
    if (Double.isInfinite(value)) {
      throw error(field, "\"" + text + "\" is not a finite coefficient");
    }
    return value;
  }

  private InvalidInputException error(String field, String reason) {
    return new InvalidInputException(source, line, field, reason);
  }
}
