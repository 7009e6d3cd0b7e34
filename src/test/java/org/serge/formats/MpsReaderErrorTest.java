package org.serge.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.serge.InvalidInputException;
import org.serge.SharedData;

/** Every malformed MPS input is refused with file, line and field in the message. */
class MpsReaderErrorTest {
  private static final String HEAD = """
      NAME t
      ROWS
       N obj
       L c
      COLUMNS
      """;

  private static InvalidInputException refused(String text) {
    return assertThrows(InvalidInputException.class, () -> MpsReaderTest.read(text));
  }

  private static void assertError(String text, long line, String field, String words) {
    InvalidInputException e = refused(text);
    assertEquals("t.mps", e.source());
    assertEquals(line, e.line(), e.getMessage());
    assertEquals(field, e.field(), e.getMessage());
    assertTrue(e.getMessage().startsWith("t.mps:" + line + ": "), e.getMessage());
    assertTrue(e.getMessage().contains(words), e.getMessage());
  }

  @Test
  void aValueThatIsNotANumber() {
    assertError(HEAD + " x obj 1.0x\nENDATA\n", 6, "value", "\"1.0x\" is not a number");
    assertEquals("t.mps:6: field 'value': \"1.0x\" is not a number",
        refused(HEAD + " x obj 1.0x\nENDATA\n").getMessage());
  }

  @Test
  void notANumberIsRefused() {
    assertError(HEAD + " x obj NaN\nENDATA\n", 6, "value", "\"NaN\" is not a number");
    assertError(HEAD + " x obj 1 c 2\nRHS\n rhs c nan\nENDATA\n", 8, "value", "is not a number");
  }

  @Test
  void unknownRows() {
    assertError(HEAD + " x obj 1 nosuch 2\nENDATA\n", 6, "row", "unknown row 'nosuch'");
    assertError(HEAD + " x obj 1\nRHS\n rhs nosuch 2\nENDATA\n", 8, "row", "unknown row 'nosuch'");
    assertError(HEAD + " x obj 1\nRANGES\n rng nosuch 2\nENDATA\n", 8, "row", "unknown row 'nosuch'");
  }

  @Test
  void badBounds() {
    assertError(HEAD + " x obj 1\nBOUNDS\n XX bnd x 2\nENDATA\n", 8, "bound type", "unknown bound type 'XX'");
    assertError(HEAD + " x obj 1\nBOUNDS\n SC bnd x 2\nENDATA\n", 8, "bound type", "semi-continuous");
    assertError(HEAD + " x obj 1\nBOUNDS\n UP bnd y 2\nENDATA\n", 8, "column", "unknown column 'y'");
  }

  @Test
  void badRows() {
    assertError("NAME t\nROWS\n N obj\n L c\n L c\nCOLUMNS\nENDATA\n", 5, "row", "duplicate row name 'c'");
    assertError("NAME t\nROWS\n N obj\n X c\nENDATA\n", 4, "type", "row type 'X'");
  }

  @Test
  void sectionsOutOfOrderOrUnknown() {
    assertError(HEAD + " x obj 1\nBOUNDS\nRHS\nENDATA\n", 8, null, "section RHS cannot come after BOUNDS");
    assertError(HEAD + " x obj 1\nQSECTION obj\nENDATA\n", 7, null, "unknown section 'QSECTION'");
    assertError("NAME t\nCOLUMNS\n x obj 1\nENDATA\n", 2, null, "section COLUMNS before ROWS");
  }

  @Test
  void aFileWithoutEndataIsTruncated() {
    assertError(HEAD + " x obj 1\n x c 1\n", 7, null, "ends without ENDATA");
  }

  @Test
  void aLineWithTheWrongFieldsIsRefused() {
    assertError(HEAD + " x obj 1 c\nENDATA\n", 6, null, "does not have the fields of a COLUMNS line");
  }

  @Test
  void aTruncatedGzipFileIsRefusedWithItsName(@TempDir Path dir) throws IOException {
    byte[] whole = Files.readAllBytes(SharedData.resolve("netlib/afiro.mps.gz"));
    Path cut = dir.resolve("afiro.mps.gz");
    Files.write(cut, Arrays.copyOf(whole, whole.length / 2));
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> MpsReader.read(cut));
    assertEquals(cut.toString(), e.source());
    assertTrue(e.line() > 0, e.getMessage());
  }

  @Test
  void aMissingFileIsNamed(@TempDir Path dir) {
    Path missing = dir.resolve("missing.mps");
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> MpsReader.read(missing));
    assertEquals(missing + ": no such file", e.getMessage());
  }
}
