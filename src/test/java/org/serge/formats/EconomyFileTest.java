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
import org.serge.planning.generate.EconomyGenerator;
import org.serge.planning.model.Economy;
import org.serge.planning.model.Technologies;

class EconomyFileTest {
  @TempDir Path dir;

  private static final String GOOD = """
      # a small economy
      economy,Two goods,hours,100
      product,corn,Corn
      product,"iron, cast",Iron
      resource,co2,Carbon dioxide,t,50
      technology,corn-1,corn,0.5
      input,corn,0.1
      input,"iron, cast",0.2
      use,co2,0.3
      technology,iron-1,"iron, cast",1.5,40
      input,corn,0.4
      """;

  @Test
  void readsTheDocumentedFormat() throws IOException {
    Economy economy = EconomyFile.read(write("good.csv", GOOD));
    assertEquals("Two goods", economy.name());
    assertEquals(100, economy.labourAvailable());
    assertEquals(2, economy.productCount());
    assertEquals("iron, cast", economy.productCode(1));
    Technologies t = economy.technologies();
    assertEquals(2, t.count());
    assertEquals(40, t.capacity(1));
    assertEquals(Double.POSITIVE_INFINITY, t.capacity(0));
    assertEquals(2, t.inputEnd(0) - t.inputStart(0));
    assertEquals(0.2, t.inputAmount(t.inputStart(0) + 1));
    assertEquals(50, economy.resources().limit(0));
    assertEquals(0.3, t.useAmount(t.useStart(0)));
  }

  @Test
  void writesWhatItReads() throws IOException {
    Economy original = EconomyGenerator.of(300, 8, 2, 7).generate().economy();
    Path first = dir.resolve("first.csv.gz");
    EconomyFile.write(original, first);
    Economy copy = EconomyFile.read(first);
    Path second = dir.resolve("second.csv");
    EconomyFile.write(copy, second);
    Path firstPlain = dir.resolve("first.csv");
    EconomyFile.write(original, firstPlain);
    assertArrayEquals(Files.readAllBytes(firstPlain), Files.readAllBytes(second));
    assertEquals(original.labourAvailable(), copy.labourAvailable());
    assertEquals(original.technologies().inputCount(), copy.technologies().inputCount());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      unknown product         | input,steel,0.5                 | 7 | product  | unknown product 'steel'
      not a number            | input,corn,abc                  | 7 | amount   | "abc" is not a number
      NaN                     | input,corn,NaN                  | 7 | amount   | not a finite number
      negative amount         | input,corn,-0.5                 | 7 | amount   | must not be negative
      too many fields         | input,corn,0.5,9                | 7 |          | takes 3 fields, this line has 4
      unknown record          | output,corn,1                   | 7 | kind     | unknown record 'output'
      unknown resource        | use,land,1                      | 7 | resource | unknown resource 'land'
      unclosed quote          | input,"corn,0.5                 | 7 |          | quoted field is never closed
      negative labour         | technology,x,corn,-1            | 7 | labour   | must not be negative
      duplicate technology    | technology,corn-1,corn,1        | 7 | id       | declared twice
      """)
  void refusesBadLinesNamingFileLineAndField(String what, String line, int number, String field, String reason)
      throws IOException {
    String text = """
        economy,Bad,hours
        product,corn,Corn
        product,iron,Iron
        resource,co2,CO2,t
        technology,corn-1,corn,0.5
        input,iron,0.1
        """ + line + "\n";
    Path file = write("bad.csv", text);
    InvalidInputException error = assertThrows(InvalidInputException.class, () -> EconomyFile.read(file));
    assertEquals(file.toString(), error.source(), what);
    assertEquals(number, error.line(), what);
    if (field != null) {
      assertEquals(field, error.field(), what);
    }
    assertTrue(error.getMessage().contains(reason), what + ": " + error.getMessage());
    assertTrue(error.getMessage().startsWith(file + ":" + number), error.getMessage());
  }

  @Test
  void refusesAFileWithoutTheEconomyLine() throws IOException {
    Path file = write("headless.csv", "product,corn,Corn\n");
    InvalidInputException error = assertThrows(InvalidInputException.class, () -> EconomyFile.read(file));
    assertEquals(1, error.line());
    assertTrue(error.getMessage().contains("must begin with an 'economy"));
  }

  @Test
  void refusesAnInputBeforeAnyTechnology() throws IOException {
    Path file = write("orphan.csv", "economy,E,hours\nproduct,corn,Corn\ninput,corn,1\n");
    InvalidInputException error = assertThrows(InvalidInputException.class, () -> EconomyFile.read(file));
    assertEquals(3, error.line());
  }

  @Test
  void refusesAnEmptyOrMissingFile() throws IOException {
    assertThrows(InvalidInputException.class, () -> EconomyFile.read(write("empty.csv", "")));
    InvalidInputException missing = assertThrows(InvalidInputException.class,
        () -> EconomyFile.read(dir.resolve("nowhere.csv")));
    assertTrue(missing.getMessage().contains("no such file"));
  }

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text);
    return file;
  }
}
