package org.serge.voting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.serge.SharedData;
import org.serge.formats.BltReader;
import org.serge.formats.CsvReader;
import org.serge.formats.CsvRecord;

/** Every Edinburgh 2017 ward, counted by Scottish STV, elects exactly the official winners. */
class EdinburghGoldenTest {
  @TestFactory
  Stream<DynamicTest> everyWardElectsTheOfficialWinners() {
    Path folder = SharedData.resolve("elections/scotland-edinburgh-2017");
    List<DynamicTest> tests = new ArrayList<>();
    try (CsvReader csv = CsvReader.open(folder.resolve("winners.csv"))) {
      csv.next(); // header
      CsvRecord row;
      while ((row = csv.next()) != null) {
        String file = row.get(0);
        int seats = Integer.parseInt(row.get(1));
        List<String> official = Arrays.asList(row.get(2).split(";"));
        tests.add(DynamicTest.dynamicTest(file, () -> {
          Contest contest = BltReader.read(folder.resolve(file));
          assertEquals(seats, contest.seats());
          CountResult result = new ScottishStv().count(contest);
          assertEquals(new TreeSet<>(official), new TreeSet<>(result.elected()));
          assertTrue(result.balances(), "the count sheet balances");
        }));
      }
    }
    assertEquals(12, tests.size(), "winners.csv lists the 12 wards whose ballots are stored");
    return tests.stream();
  }
}
