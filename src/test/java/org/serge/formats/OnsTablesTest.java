package org.serge.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.serge.InvalidInputException;
import org.serge.SharedData;

/** The ONS reader refuses damaged copies of the real file, naming line and field. */
class OnsTablesTest {
  @TempDir Path dir;

  private Path damaged(UnaryOperator<List<String>> damage) throws IOException {
    List<String> lines = new ArrayList<>(Files.readAllLines(SharedData.resolve("ons-ioat-2019/iot-flows.csv")));
    Path file = dir.resolve("iot-flows.csv");
    Files.write(file, damage.apply(lines));
    return file;
  }

  private static int lineOf(List<String> lines, String start) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith(start)) {
        return i;
      }
    }
    throw new AssertionError("no line starts with " + start);
  }

  @Test
  void aFlowThatIsNotANumber() throws IOException {
    Path file = damaged(lines -> {
      int at = lineOf(lines, "CPA_A02,");
      lines.set(at, lines.get(at).replaceFirst("^(CPA_A02,\"[^\"]*\",[^,]*,)[^,]*", "$1NaN"));
      return lines;
    });
    InvalidInputException error = assertThrows(InvalidInputException.class, () -> OnsTables.read(file));
    assertEquals("CPA_A02", error.field());
    assertTrue(error.getMessage().contains("not a finite number"), error.getMessage());
    assertTrue(error.line() > 5);
  }

  @Test
  void aNegativeTotalOutput() throws IOException {
    Path file = damaged(lines -> {
      int at = lineOf(lines, "P1,");
      lines.set(at, lines.get(at).replaceFirst("^(P1,[^,]*,)[0-9.]+", "$1-5"));
      return lines;
    });
    InvalidInputException error = assertThrows(InvalidInputException.class, () -> OnsTables.read(file));
    assertEquals("CPA_A01", error.field());
    assertTrue(error.getMessage().contains("total output (P1) must be positive"), error.getMessage());
  }

  @Test
  void aTruncatedFile() throws IOException {
    Path file = damaged(lines -> lines.subList(0, lineOf(lines, "CPA_C13,")));
    InvalidInputException error = assertThrows(InvalidInputException.class, () -> OnsTables.read(file));
    assertTrue(error.getMessage().contains("P1") || error.getMessage().contains("product rows"), error.getMessage());
  }

  @Test
  void aMissingFinalUseColumn() throws IOException {
    Path file = damaged(lines -> {
      int at = lineOf(lines, ",CPA,");
      lines.set(at, lines.get(at).replace(",P62,", ",P6X,"));
      return lines;
    });
    InvalidInputException error = assertThrows(InvalidInputException.class, () -> OnsTables.read(file));
    assertEquals("P62", error.field());
  }

  @Test
  void productRowsOutOfOrder() throws IOException {
    Path file = damaged(lines -> {
      int a = lineOf(lines, "CPA_A02,");
      int b = lineOf(lines, "CPA_A03,");
      String swap = lines.get(a);
      lines.set(a, lines.get(b));
      lines.set(b, swap);
      return lines;
    });
    InvalidInputException error = assertThrows(InvalidInputException.class, () -> OnsTables.read(file));
    assertTrue(error.getMessage().contains("out of order"), error.getMessage());
  }

  @Test
  void notAnOnsFile() throws IOException {
    Path file = dir.resolve("other.csv");
    Files.writeString(file, "a,b\n1,2\n");
    InvalidInputException error = assertThrows(InvalidInputException.class, () -> OnsTables.read(file));
    assertTrue(error.getMessage().contains("no header row"), error.getMessage());
  }
}
