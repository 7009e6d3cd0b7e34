package org.serge.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.serge.InvalidInputException;
import org.serge.voting.Ballot;
import org.serge.voting.Contest;

/** The .blt reader accepts the published variants and refuses malformed files by line. */
class BltReaderTest {
  @TempDir Path dir;

  private Path file(String text) throws IOException {
    Path path = dir.resolve("test.blt");
    Files.writeString(path, text);
    return path;
  }

  private InvalidInputException refused(String text) throws IOException {
    Path path = file(text);
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> BltReader.read(path));
    assertEquals(path.toString(), e.source());
    return e;
  }

  @Test
  void readsQuotedAndUnquotedNamesWithdrawnSkipsAndOvervotes() throws IOException {
    Contest contest = BltReader.read(file(
        "3 2\n-2\n4 1 2 0\n2 3 - 1=2 0\n1 1 2 0\n0\n\"Ann  A\"\nBob B        (Ind)\n\"Cy\"\nWard 1\n"));
    assertEquals(List.of("Ann  A", "Bob B        (Ind)", "Cy"), contest.candidates());
    assertEquals(2, contest.seats());
    assertEquals(Set.of(1), contest.withdrawn());
    assertEquals("Ward 1", contest.title());
    assertEquals(2, contest.ballots().size(), "identical ballots are merged");
    assertEquals(5, contest.ballots().get(0).count());
    int[][] second = contest.ballots().get(1).ranks();
    assertEquals(0, second[1].length);
    assertEquals(2, second[2].length);
  }

  @Test
  void writesWhatItReads() throws IOException {
    Contest contest = new Contest("T", List.of("A", "B", "C"), 1, Set.of(2),
        List.of(new Ballot(new int[][] {{0}, {}, {1, 2}}, 3), Ballot.ofPreferences(new int[] {1}, 2)));
    StringWriter out = new StringWriter();
    BltWriter.write(contest, out);
    Contest back = BltReader.read(file(out.toString()));
    assertEquals(contest, back);
  }

  @Test
  void refusesAWrongHeader() throws IOException {
    InvalidInputException e = refused("3\n1 1 0\n0\nA\nB\nC\nT\n");
    assertEquals(1, e.line());
    assertTrue(e.getMessage().contains("candidates seats"), e.getMessage());
    assertEquals(1, refused("2 3\n1 1 0\n0\nA\nB\nT\n").line());
  }

  @Test
  void refusesAnUnknownCandidateIndex() throws IOException {
    InvalidInputException e = refused("2 1\n1 1 2 0\n3 1 3 0\n0\nA\nB\nT\n");
    assertEquals(3, e.line());
    assertTrue(e.getMessage().contains("unknown candidate 3"), e.getMessage());
  }

  @Test
  void refusesBadWeights() throws IOException {
    assertEquals(2, refused("2 1\nx 1 2 0\n0\nA\nB\nT\n").line());
    assertEquals(2, refused("2 1\n-0 1 2 0\n0\nA\nB\nT\n").line());
    assertEquals(3, refused("2 1\n1 1 0\n1.5 2 0\n0\nA\nB\nT\n").line());
    assertEquals("weight", refused("2 1\n0 1 2 0\n0\nA\nB\nT\n").field());
  }

  @Test
  void refusesTruncatedFiles() throws IOException {
    assertTrue(refused("2 1\n1 1 2 0\n").getMessage().contains("ends early"));
    InvalidInputException names = refused("2 1\n1 1 2 0\n0\nA\n");
    assertTrue(names.getMessage().contains("candidate 2 of 2"), names.getMessage());
    assertTrue(refused("2 1\n1 1 2\n0\nA\nB\nT\n").getMessage().contains("end with 0"));
  }
}
