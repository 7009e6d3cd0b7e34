package org.serge.formats;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.serge.InvalidInputException;
import org.serge.budgeting.Ballot;
import org.serge.budgeting.PbInstance;
import org.serge.budgeting.Project;

/**
 * Reads a pabulib {@code .pb} file: sections META, PROJECTS and VOTES, each opened by a
 * line of column names, fields separated by ';'. Checks what the file claims about itself
 * (num_projects, num_votes), that costs and points are whole non-negative numbers, that
 * every vote names a known project at most once; any violation is an
 * {@link InvalidInputException} naming the file, line and field.
 */
public final class PbReader {
  private PbReader() {}

  /** Reads the file at {@code file} (gzip when it ends in .gz). */
  public static PbInstance read(Path file) {
    try (CsvReader reader = CsvReader.open(file, ';')) {
      return read(reader);
    }
  }

  /** Reads from an open reader; its source names the input in errors. */
  public static PbInstance read(CsvReader reader) {
    CsvRecord record = reader.next();
    if (record == null || !record.get(0).strip().equalsIgnoreCase("META")) {
      throw new InvalidInputException(reader.source(), record == null ? 1 : record.line(), "META",
          "the file must start with the META section");
    }
    Map<String, String> meta = new LinkedHashMap<>();
    record = skipHeader(reader, "META");
    while (record != null && !isSection(record)) {
      meta.put(record.text(0, "key").toLowerCase(), record.get(1).strip());
      record = reader.next();
    }
    expectSection(reader, record, "PROJECTS");
    long budget = whole(metaRecord(reader, meta, "budget", record), meta.get("budget"), "budget");
    CsvRecord header = skipHeader(reader, "PROJECTS");
    List<String> columns = lower(header);
    int id = required(header, columns, "project_id");
    int cost = required(header, columns, "cost");
    int category = columns.indexOf("category");
    int selected = columns.indexOf("selected");
    List<Project> projects = new ArrayList<>();
    Map<String, Integer> index = new HashMap<>();
    record = reader.next();
    while (record != null && !isSection(record)) {
      String name = record.text(id, "project_id");
      if (index.putIfAbsent(name, projects.size()) != null) {
        throw record.error("project_id", "project " + name + " is listed twice");
      }
      List<String> categories = category < 0 || record.get(category).isBlank()
          ? List.of() : List.of(record.get(category).strip().split(","));
      Boolean chosen = selected < 0 || record.get(selected).isBlank() ? null : !record.get(selected).strip().equals("0");
      projects.add(new Project(name, whole(record, record.get(cost).strip(), "cost"), categories, chosen));
      record = reader.next();
    }
    checkCount(reader, meta, "num_projects", projects.size(), record);
    expectSection(reader, record, "VOTES");
    String voteType = meta.getOrDefault("vote_type", "approval").toLowerCase();
    List<Ballot> ballots = votes(reader, index, voteType);
    checkCount(reader, meta, "num_votes", ballots.size(), null);
    return new PbInstance(projects, budget, ballots, voteType, meta);
  }

  private static List<Ballot> votes(CsvReader reader, Map<String, Integer> index, String voteType) {
    CsvRecord header = skipHeader(reader, "VOTES");
    List<String> columns = lower(header);
    int voter = required(header, columns, "voter_id");
    int vote = required(header, columns, "vote");
    int points = columns.indexOf("points");
    if (points < 0 && (voteType.equals("scoring") || voteType.equals("cumulative"))) {
      throw header.error("points", "a " + voteType + " file needs a points column");
    }
    List<Ballot> ballots = new ArrayList<>();
    for (CsvRecord record = reader.next(); record != null; record = reader.next()) {
      if (isSection(record)) {
        throw record.error(record.get(0), "unexpected section after VOTES");
      }
      String[] names = record.get(vote).strip().isEmpty() ? new String[0] : record.get(vote).strip().split(",");
      String[] given = points < 0 ? null : record.get(points).strip().split(",");
      if (given != null && given.length != names.length) {
        throw record.error("points", names.length + " projects but " + given.length + " points");
      }
      int[] chosen = new int[names.length];
      long[] weights = new long[names.length];
      for (int i = 0; i < names.length; i++) {
        Integer p = index.get(names[i].strip());
        if (p == null) {
          throw record.error("vote", "unknown project " + names[i].strip());
        }
        for (int j = 0; j < i; j++) {
          if (chosen[j] == p) {
            throw record.error("vote", "project " + names[i].strip() + " appears twice");
          }
        }
        chosen[i] = p;
        weights[i] = given == null || voteType.equals("ordinal") ? 1 : whole(record, given[i].strip(), "points");
      }
      Map<String, String> attributes = new LinkedHashMap<>();
      for (int c = 0; c < columns.size(); c++) {
        if (c != voter && c != vote && c != points && !record.get(c).isBlank()) {
          attributes.put(columns.get(c), record.get(c).strip());
        }
      }
      ballots.add(new Ballot(record.text(voter, "voter_id"), chosen, weights, attributes));
    }
    return ballots;
  }

  private static boolean isSection(CsvRecord record) {
    String first = record.get(0).strip();
    return record.size() == 1 && (first.equals("META") || first.equals("PROJECTS") || first.equals("VOTES"));
  }

  private static CsvRecord skipHeader(CsvReader reader, String section) {
    CsvRecord header = reader.next();
    if (header == null) {
      throw new InvalidInputException(reader.source(), 0, section, "truncated: the column names are missing");
    }
    return header;
  }

  private static void expectSection(CsvReader reader, CsvRecord record, String section) {
    if (record == null || !record.get(0).strip().equals(section)) {
      throw new InvalidInputException(reader.source(), record == null ? 0 : record.line(), section,
          record == null ? "truncated: section " + section + " is missing" : "section " + section + " expected");
    }
  }

  private static CsvRecord metaRecord(CsvReader reader, Map<String, String> meta, String key, CsvRecord at) {
    if (!meta.containsKey(key)) {
      throw new InvalidInputException(reader.source(), at.line(), key, "META lacks " + key);
    }
    return at;
  }

  private static void checkCount(CsvReader reader, Map<String, String> meta, String key, int actual, CsvRecord at) {
    String claimed = meta.get(key);
    if (claimed != null && !claimed.equals(Integer.toString(actual))) {
      throw new InvalidInputException(reader.source(), at == null ? 0 : at.line(), key,
          "META says " + claimed + " but the file has " + actual);
    }
  }

  private static List<String> lower(CsvRecord header) {
    return header.fields().stream().map(f -> f.strip().toLowerCase()).toList();
  }

  private static int required(CsvRecord header, List<String> columns, String name) {
    int at = columns.indexOf(name);
    if (at < 0) {
      throw header.error(name, "column " + name + " is missing");
    }
    return at;
  }

  /** A whole non-negative amount; "1000.0" is accepted, "1000.5" and "-3" are not. */
  static long whole(CsvRecord record, String text, String field) {
    try {
      BigDecimal value = new BigDecimal(text);
      if (value.signum() < 0) {
        throw record.error(field, "must not be negative, but is " + text);
      }
      return value.longValueExact();
    } catch (NumberFormatException | ArithmeticException e) {
      throw record.error(field, "\"" + text + "\" is not a whole number");
    }
  }
}
