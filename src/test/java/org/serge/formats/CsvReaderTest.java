package org.serge.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {
  @Test
  void readsQuotedFieldsAndKnowsWhereEachRecordStarts() {
    String text = "a,\"b, c\",\"say \"\"hi\"\"\"\r\n\n\"two\nlines\",x\nlast";
    try (CsvReader csv = new CsvReader(new StringReader(text), "t.csv", ',')) {
      CsvRecord first = csv.next();
      assertEquals(List.of("a", "b, c", "say \"hi\""), first.fields());
      assertEquals(1, first.line());
      CsvRecord second = csv.next();
      assertEquals(List.of("two\nlines", "x"), second.fields());
      assertEquals(3, second.line());
      CsvRecord third = csv.next();
      assertEquals(List.of("last"), third.fields());
      assertEquals(5, third.line());
      assertNull(csv.next());
    }
  }

  @Test
  void writesFieldsThatReadBack() {
    String line = Csv.line("CPA_F41, F42 & F43", "say \"hi\"", " padded", "#hash", "plain");
    try (CsvReader csv = new CsvReader(new StringReader(line), "t.csv", ',')) {
      assertEquals(List.of("CPA_F41, F42 & F43", "say \"hi\"", " padded", "#hash", "plain"), csv.next().fields());
    }
  }

  @Test
  void honoursAnotherSeparator() {
    try (CsvReader csv = new CsvReader(new StringReader("1;\"a;b\";3\n"), "t.pb", ';')) {
      assertEquals(List.of("1", "a;b", "3"), csv.next().fields());
    }
  }
}
