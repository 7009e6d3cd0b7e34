package org.serge.formats;

import java.util.List;
import org.serge.InvalidInputException;

/**
 * One record of a delimited file, with the source and line it came from so that every
 * accessor can report a bad field by file, line and field name.
 */
public record CsvRecord(String source, long line, List<String> fields) {

  public int size() {
    return fields.size();
  }

  /** The raw text of field {@code index}, or "" when the record is shorter. */
  public String get(int index) {
    return index < fields.size() ? fields.get(index) : "";
  }

  /** Whether every field is empty (a spacer row in a spreadsheet dump). */
  public boolean isBlank() {
    return fields.stream().allMatch(String::isBlank);
  }

  /** The trimmed text of a field that must be present and non-empty. */
  public String text(int index, String name) {
    String value = get(index).strip();
    if (value.isEmpty()) {
      throw error(name, index < fields.size() ? "is empty" : "is missing");
    }
    return value;
  }

  /** A finite number; an empty field is an error. */
  public double number(int index, String name) {
    return parse(text(index, name), name);
  }

  /** A finite number, or {@code whenEmpty} for an empty or absent field. */
  public double number(int index, String name, double whenEmpty) {
    String value = get(index).strip();
    return value.isEmpty() ? whenEmpty : parse(value, name);
  }

  /** A finite number that is zero or more. */
  public double nonNegative(int index, String name) {
    double value = number(index, name);
    if (value < 0) {
      throw error(name, "must not be negative, but is " + get(index).strip());
    }
    return value;
  }

  /** An error about the named field of this record. */
  public InvalidInputException error(String field, String reason) {
    return new InvalidInputException(source, line, field, reason);
  }

  private double parse(String value, String name) {
    double number;
    try {
      number = Double.parseDouble(value);
    } catch (NumberFormatException e) {
      throw error(name, "\"" + value + "\" is not a number");
    }
    if (!Double.isFinite(number)) {
      throw error(name, "\"" + value + "\" is not a finite number");
    }
    return number;
  }
}
