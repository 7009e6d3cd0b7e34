package org.serge.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.serge.SharedData;
import org.serge.planning.solve.LinearProgram;

/** What the MPS reader accepts, and how it reads it (errors: {@link MpsReaderErrorTest}). */
class MpsReaderTest {
  private static final double INF = Double.POSITIVE_INFINITY;

  static LinearProgram read(String text) {
    return MpsReader.read(new StringReader(text), "t.mps");
  }

  /** One fixed-format line: fields at 1-based columns 2-3, 5-12, 15-22, 25-36, 40-47, 50-61. */
  static String fixed(String type, String name1, String name2, String value1, String name3, String value2) {
    return String.format("%1s%-2s %-8s  %-8s  %12s   %-8s  %12s", "", type, name1, name2, value1, name3, value2)
        .stripTrailing() + "\n";
  }

  @Test
  void freeFormatWithRangesBoundsSenseAndConstant() {
    LinearProgram p = read("""
        NAME test
        OBJSENSE
            MAX
        ROWS
         N obj
         L lim
         G need
         E eqp
         E eqn
         E eqz
         N other
        COLUMNS
         x obj 1 lim 1
         x need 1 eqp 1
         x other 5
         y obj 2 lim 1
         y eqn 1 eqz 1
        RHS
         rhs obj -3 lim 10
         rhs need 1 eqp 2
         rhs eqn 4 eqz 5
        RANGES
         rng lim 4 need -2
         rng eqp 3 eqn -6
        BOUNDS
         UP bnd x 8
         MI bnd y
         UP bnd y 6
        ENDATA
        """);
    assertEquals("test", p.name());
    assertTrue(p.maximize());
    assertEquals(3, p.objectiveOffset(), 0); // RHS on the objective row is minus the constant
    assertEquals(5, p.rows()); // the second N row is dropped
    assertEquals(6, p.nonZeros());
    assertEquals(1, p.objective(0), 0);
    assertEquals(2, p.objective(1), 0);
    double[][] rows = {{6, 10}, {1, 3}, {2, 5}, {-2, 4}, {5, 5}}; // L, G, E R>0, E R<0, E
    for (int i = 0; i < rows.length; i++) {
      assertEquals(rows[i][0], p.rowLower(i), 0, p.rowName(i));
      assertEquals(rows[i][1], p.rowUpper(i), 0, p.rowName(i));
    }
    assertEquals(0, p.columnLower(0), 0);
    assertEquals(8, p.columnUpper(0), 0);
    assertEquals(-INF, p.columnLower(1), 0);
    assertEquals(6, p.columnUpper(1), 0);
    assertEquals(0, p.integerColumns());
  }

  @Test
  void freeFormatMayLeaveOutSetNamesAndSayObjsenseOnOneLine() {
    LinearProgram p = read("""
        NAME
        OBJSENSE MAXIMIZE
        ROWS
         N obj
         L lim
        COLUMNS
         x obj 1 lim 1
        RHS
         lim 10
        BOUNDS
         UP x 4
         FR x
         UP x 7
        ENDATA
        """);
    assertTrue(p.maximize());
    assertEquals(10, p.rowUpper(0), 0);
    assertEquals(Double.NEGATIVE_INFINITY, p.columnLower(0), 0); // FR, then UP keeps it free
    assertEquals(7, p.columnUpper(0), 0);
  }

  @Test
  void fixedFormatNamesMayHoldSpaces() {
    LinearProgram p = read("NAME          SPACED  (ONE)\nROWS\n"
        + fixed("N", "COST", "", "", "", "")
        + fixed("L", "LIM 1", "", "", "", "")
        + "COLUMNS\n"
        + fixed("", "X 1", "COST", "1.0", "LIM 1", "2.0")
        + fixed("", "X 2", "LIM 1", "1.0", "", "")
        + "RHS\n"
        + fixed("", "RHS", "LIM 1", "4.0", "", "")
        + "BOUNDS\n"
        + fixed("UP", "BND", "X 1", "3.0", "", "")
        + "ENDATA\n");
    assertEquals("SPACED  (ONE)", p.name());
    assertEquals("LIM 1", p.rowName(0));
    assertEquals(2, p.columns());
    assertEquals("X 1", p.columnName(0));
    assertEquals(4, p.rowUpper(0), 0);
    assertEquals(3, p.columnUpper(0), 0);
    assertEquals(2, p.entryValue(p.columnStart(0)), 0);
  }

  @Test
  void forplanHasNamesWithSpacesAndParses() {
    LinearProgram p = MpsReader.read(SharedData.resolve("netlib/forplan.mps.gz"));
    assertEquals(161, p.rows());
    assertEquals(421, p.columns());
    boolean spaced = false;
    for (int i = 0; i < p.rows(); i++) {
      spaced |= p.rowName(i).equals("DEDO3 1R");
    }
    assertTrue(spaced, "row 'DEDO3 1R' read whole");
  }

  @Test
  void integerMarkersAndIntegerBoundsSetFlags() {
    LinearProgram p = read("""
        NAME mip
        ROWS
         N obj
         L c
        COLUMNS
         a obj 1 c 1
         MARKER 'MARKER' 'INTORG'
         b obj 1 c 1
         MARKER 'MARKER' 'INTEND'
         d obj 1 c 1
         e obj 1 c 1
         f obj 1 c 1
        RHS
         rhs c 4
        BOUNDS
         BV bnd d
         LI bnd e 2
         UI bnd f 9
        ENDATA
        """);
    assertFalse(p.isInteger(0));
    assertTrue(p.isInteger(1));
    assertTrue(p.isInteger(2));
    assertEquals(1, p.columnUpper(2), 0);
    assertTrue(p.isInteger(3));
    assertEquals(2, p.columnLower(3), 0);
    assertTrue(p.isInteger(4));
    assertEquals(9, p.columnUpper(4), 0);
    assertEquals(4, p.integerColumns());
  }

  @Test
  void negativeUpperBoundWithoutLowerBoundFreesTheLowerBound() {
    LinearProgram p = read("""
        NAME neg
        ROWS
         N obj
        COLUMNS
         x obj 1
         z obj 1
         w obj 1
        BOUNDS
         UP bnd x -1
         LO bnd z -5
         UP bnd z -1
         FX bnd w 2.5
        ENDATA
        """);
    assertEquals(-INF, p.columnLower(0), 0);
    assertEquals(-1, p.columnUpper(0), 0);
    assertEquals(-5, p.columnLower(1), 0); // an explicit lower bound stays
    assertEquals(2.5, p.columnLower(2), 0);
    assertEquals(2.5, p.columnUpper(2), 0);
  }

  @Test
  void hugeValuesMeanInfinity() {
    LinearProgram p = read("""
        NAME inf
        ROWS
         N obj
         G c
        COLUMNS
         x obj 1 c 1
        RHS
         rhs c -1e30
        BOUNDS
         UP bnd x 1e31
         LO bnd x -inf
        ENDATA
        """);
    assertEquals(-INF, p.rowLower(0), 0);
    assertEquals(INF, p.columnUpper(0), 0);
    assertEquals(-INF, p.columnLower(0), 0);
  }
}
