package org.serge.formats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.serge.InvalidInputException;
import org.serge.planning.model.Economy;
import org.serge.planning.model.EconomyBuilder;

class DemandFileTest {
  @TempDir Path dir;

  private static Economy economy() {
    EconomyBuilder b = Economy.builder("E");
    b.addProduct("corn", "Corn");
    b.addProduct("iron, cast", "Iron");
    return b.build();
  }

  @Test
  void readsQuantitiesByProductAndWritesThemBack() throws IOException {
    Path file = dir.resolve("d.csv");
    Files.writeString(file, "product,quantity\n\"iron, cast\",2.5\ncorn,1\n");
    double[] demand = DemandFile.read(file, economy());
    assertArrayEquals(new double[] {1, 2.5}, demand);
    Path copy = dir.resolve("copy.csv");
    DemandFile.write(economy(), demand, copy);
    assertArrayEquals(demand, DemandFile.read(copy, economy()));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      wrong header     | item,amount\\ncorn,1          | 1 | expected the header
      unknown product  | product,quantity\\nrice,1     | 2 | unknown product 'rice'
      negative         | product,quantity\\ncorn,-1    | 2 | must not be negative
      NaN              | product,quantity\\ncorn,NaN   | 2 | not a finite number
      twice            | product,quantity\\ncorn,1\\ncorn,2 | 3 | listed twice
      wrong columns    | product,quantity\\ncorn,1,2   | 2 | expected 2 fields
      """)
  void refusesBadDemand(String what, String text, int line, String reason) throws IOException {
    Path file = dir.resolve("bad.csv");
    Files.writeString(file, text.replace("\\n", "\n") + "\n");
    InvalidInputException error = assertThrows(InvalidInputException.class, () -> DemandFile.read(file, economy()));
    assertEquals(line, error.line(), what);
    assertTrue(error.getMessage().startsWith(file + ":" + line), error.getMessage());
    assertTrue(error.getMessage().contains(reason), error.getMessage());
  }
}
