package org.serge.formats;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.serge.voting.Ballot;
import org.serge.voting.Contest;

/**
 * Reads the .blt ballot format (ERS / OpenSTV / Scottish counts): a line {@code C S}; optional
 * negative numbers naming withdrawn candidates; one line per ballot {@code weight p1 p2 … 0}
 * where a preference may be {@code -} (a skipped rank) or {@code a=b} (an overvote); a line
 * {@code 0}; C candidate names, quoted or not (an unquoted name is the trimmed line); the title.
 * Weights are positive whole numbers. Commas between numbers count as spaces (some published
 * files carry trailing commas). Identical ballots are merged.
 */
public final class BltReader extends ContestReader {
  private final BufferedReader in;
  private long line;

  public BltReader(Path file) {
    super(file);
    this.in = new BufferedReader(CsvReader.openText(file));
  }

  /** Reads a .blt file. */
  public static Contest read(Path file) {
    return new BltReader(file).read();
  }

  @Override
  public Contest read() {
    try (in) {
      String header = nextContent("the header line 'candidates seats'");
      String[] head = numbers(header);
      if (head.length != 2) {
        throw error(line, "header", "expected 'candidates seats', found \"" + header.trim() + "\"");
      }
      int candidates = integer(head[0], "candidates");
      int seats = integer(head[1], "seats");
      if (candidates < 1 || seats < 1 || seats > candidates) {
        throw error(line, "header", "need at least one candidate and 1 ≤ seats ≤ candidates, found "
            + candidates + " candidates and " + seats + " seats");
      }
      Set<Integer> withdrawn = new HashSet<>();
      Map<Ballot, Long> merged = new HashMap<>();
      List<Ballot> order = new ArrayList<>();
      while (true) {
        String text = nextContent("the ballots and the line '0' that ends them");
        String[] tokens = numbers(text);
        if (tokens[0].startsWith("-") && tokens[0].length() > 1) {
          for (String token : tokens) {
            int w = -integerToken(token, "withdrawn");
            if (w < 1 || w > candidates) {
              throw error(line, "withdrawn", "no candidate " + w + " (there are " + candidates + ")");
            }
            withdrawn.add(w - 1);
          }
          continue;
        }
        if (tokens.length == 1 && tokens[0].equals("0")) {
          break;
        }
        Ballot ballot = ballot(tokens, candidates);
        Ballot key = new Ballot(ballot.ranks(), 1);
        Long before = merged.putIfAbsent(key, ballot.count());
        if (before == null) {
          order.add(key);
        } else {
          merged.put(key, Math.addExact(before, ballot.count()));
        }
      }
      List<String> names = new ArrayList<>();
      for (int c = 0; c < candidates; c++) {
        names.add(name(nextContent("the name of candidate " + (c + 1) + " of " + candidates)));
      }
      String title = "";
      String last;
      while ((last = readLine()) != null) {
        if (!last.isBlank()) {
          title = name(last);
          break;
        }
      }
      if (new HashSet<>(names).size() != names.size()) {
        throw error(line, "names", "two candidates have the same name");
      }
      List<Ballot> ballots = new ArrayList<>(order.size());
      for (Ballot key : order) {
        ballots.add(new Ballot(key.ranks(), merged.get(key)));
      }
      return new Contest(title, names, seats, withdrawn, ballots);
    } catch (IOException e) {
      throw new UncheckedIOException(source + ": cannot read", e);
    }
  }

  private Ballot ballot(String[] tokens, int candidates) {
    long weight = weight(tokens[0]);
    if (!tokens[tokens.length - 1].equals("0")) {
      throw error(line, "ballot", "a ballot line must end with 0");
    }
    int[][] ranks = new int[tokens.length - 2][];
    for (int i = 1; i < tokens.length - 1; i++) {
      String token = tokens[i];
      if (token.equals("-")) {
        ranks[i - 1] = new int[0];
        continue;
      }
      String[] parts = token.split("=");
      int[] rank = new int[parts.length];
      for (int k = 0; k < parts.length; k++) {
        int c = integerToken(parts[k], "preference " + i);
        if (c < 1 || c > candidates) {
          throw error(line, "preference " + i, "unknown candidate " + parts[k]
              + " (candidates are numbered 1 to " + candidates + ")");
        }
        rank[k] = c - 1;
      }
      ranks[i - 1] = rank;
    }
    return new Ballot(ranks, weight);
  }

  private long weight(String token) {
    long weight;
    try {
      weight = Long.parseLong(token);
    } catch (NumberFormatException e) {
      throw error(line, "weight", "\"" + token + "\" is not a whole number of ballots");
    }
    if (weight < 1) {
      throw error(line, "weight", "a ballot weight must be at least 1, found " + weight);
    }
    return weight;
  }

  private int integer(String token, String field) {
    try {
      return Integer.parseInt(token);
    } catch (NumberFormatException e) {
      throw error(line, field, "\"" + token + "\" is not a whole number");
    }
  }

  private int integerToken(String token, String field) {
    return integer(token, field);
  }

  private static String[] numbers(String text) {
    return text.replace(',', ' ').trim().split("\\s+");
  }

  private String name(String text) {
    String trimmed = text.strip();
    if (trimmed.length() >= 2 && trimmed.startsWith("\"") && trimmed.endsWith("\"")) {
      return trimmed.substring(1, trimmed.length() - 1);
    }
    return trimmed;
  }

  private String nextContent(String expected) throws IOException {
    String text;
    while ((text = readLine()) != null) {
      if (!text.isBlank()) {
        return text;
      }
    }
    throw error(line, null, "the file ends early: expected " + expected);
  }

  private String readLine() throws IOException {
    String text = in.readLine();
    if (text != null) {
      line++;
    }
    return text;
  }
}
