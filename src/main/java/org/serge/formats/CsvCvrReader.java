package org.serge.formats;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads RCTab's generic CSV cast vote records: one column per candidate (named in the header
 * row) from {@code firstVoteColumnIndex}, one row per ballot from {@code firstVoteRowIndex},
 * each cell the rank given to that candidate (blank: unranked). The column named by the
 * undeclared write-in label counts for undeclared write-ins.
 */
public final class CsvCvrReader extends CvrReader {
  public CsvCvrReader(Path file, CvrSource settings) {
    super(file, settings);
  }

  @Override
  public void readInto(BallotCollector ballots) {
    try (CsvReader csv = CsvReader.open(file)) {
      CsvRecord header = csv.next();
      if (header == null) {
        throw error(1, null, "the file is empty");
      }
      int first = settings.firstVoteColumnIndex() - 1;
      if (first < 0 || first >= header.size()) {
        throw error(header.line(), "firstVoteColumnIndex",
            "column " + settings.firstVoteColumnIndex() + " is not in the header");
      }
      List<Integer> columns = new ArrayList<>();
      for (int col = first; col < header.size(); col++) {
        columns.add(candidate(ballots, header.get(col).strip(), header.line(), "header"));
      }
      CsvRecord row;
      while ((row = csv.next()) != null) {
        if (row.line() < settings.firstVoteRowIndex()) {
          continue;
        }
        Map<Integer, List<Integer>> byRank = new TreeMap<>();
        for (int k = 0; k < columns.size(); k++) {
          int col = first + k;
          String cell = col < row.size() ? row.get(col).strip() : "";
          if (cell.isEmpty()) {
            continue;
          }
          int rank;
          try {
            rank = Integer.parseInt(cell);
          } catch (NumberFormatException e) {
            throw error(row.line(), header.get(col), "\"" + cell + "\" is not a rank");
          }
          if (rank < 1) {
            throw error(row.line(), header.get(col), "a rank must be at least 1, found " + rank);
          }
          byRank.computeIfAbsent(rank, r -> new ArrayList<>()).add(columns.get(k));
        }
        ballots.add(BallotCollector.ranks(byRank));
      }
    }
  }
}
