package org.serge.formats;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.serge.voting.Ballot;

/**
 * Reads ES&S cast vote records (.xlsx, first sheet), streaming the rows: from
 * {@code firstVoteRowIndex}, columns from {@code firstVoteColumnIndex} are the ranks in
 * order; a cell holds a candidate name, the overvote label (an overvote whose candidates are
 * not named), the skipped-rank label or nothing (a skipped rank), or the undeclared write-in
 * label. With an overvote delimiter, one cell may name several candidates.
 */
public final class EssCvrReader extends CvrReader {
  private final int maxRankings;

  /** @param maxRankings rank columns to read; -1 for every column to the row's end */
  public EssCvrReader(Path file, CvrSource settings, int maxRankings) {
    super(file, settings);
    this.maxRankings = maxRankings;
  }

  @Override
  public void readInto(BallotCollector ballots) {
    try (InputStream in = Files.newInputStream(file);
        ReadableWorkbook workbook = new ReadableWorkbook(in);
        Stream<Row> rows = workbook.getFirstSheet().openStream()) {
      Iterator<Row> iterator = rows.iterator();
      while (iterator.hasNext()) {
        Row row = iterator.next();
        if (row.getRowNum() < settings.firstVoteRowIndex()) {
          continue;
        }
        ballots.add(ranks(row, ballots));
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof org.serge.InvalidInputException invalid) {
        throw invalid;
      }
      throw error(0, null, "not a readable .xlsx workbook: " + e.getMessage());
    }
  }

  private int[][] ranks(Row row, BallotCollector ballots) {
    int first = settings.firstVoteColumnIndex() - 1;
    int last = maxRankings < 0 ? row.getCellCount() : Math.min(row.getCellCount(), first + maxRankings);
    int[][] ranks = new int[Math.max(0, last - first)][];
    int used = 0;
    for (int col = first; col < last; col++) {
      String text = row.getCell(col) == null ? "" : row.getCellText(col).strip();
      int[] marks = marks(text, ballots, row.getRowNum(), col);
      ranks[col - first] = marks;
      if (marks.length > 0) {
        used = col - first + 1;
      }
    }
    return used == ranks.length ? ranks : java.util.Arrays.copyOf(ranks, used);
  }

  private int[] marks(String text, BallotCollector ballots, long line, int col) {
    if (text.isEmpty() || text.equals(settings.skippedRankLabel())) {
      return new int[0];
    }
    if (text.equals(settings.overvoteLabel())) {
      return Ballot.UNNAMED_OVERVOTE;
    }
    String field = "column " + (col + 1);
    if (!settings.overvoteDelimiter().isEmpty() && text.contains(settings.overvoteDelimiter())) {
      String[] names = text.split(java.util.regex.Pattern.quote(settings.overvoteDelimiter()));
      int[] marks = new int[names.length];
      for (int k = 0; k < names.length; k++) {
        marks[k] = candidate(ballots, names[k].strip(), line, field);
      }
      return marks;
    }
    return new int[] {candidate(ballots, text, line, field)};
  }
}
