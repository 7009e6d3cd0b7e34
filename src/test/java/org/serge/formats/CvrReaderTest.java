package org.serge.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.serge.InvalidInputException;
import org.serge.SharedData;

/** The CVR readers read the RCTab test data and refuse bad records naming file and row. */
class CvrReaderTest {
  @TempDir Path dir;

  static CvrSource settings(String provider) {
    return new CvrSource("x", provider, "", 2, 2, "overvote", "undervote", "UWI", "");
  }

  @Test
  void cdfReadsRanksAndOvervotes() {
    Path file = SharedData.resolve(
        "elections/rctab/test_set_1_exhaust_at_overvote/test_set_1_exhaust_at_overvote_cvr.json");
    BallotCollector ballots = new BallotCollector(
        List.of("Candidate A Name", "Candidate B Name", "Candidate C Name", "Candidate D Name"),
        Map.of());
    new CdfCvrReader(file, settings("cdf")).readInto(ballots);
    long voters = ballots.ballots().stream().mapToLong(b -> b.count()).sum();
    assertEquals(15, voters);
    assertTrue(ballots.ballots().get(0).ranks()[0].length == 2, "the first CVR overvotes rank 1");
  }

  @Test
  void cdfRefusesAnUnknownSelectionNamingTheRecord() throws IOException {
    Path source = SharedData.resolve(
        "elections/rctab/test_set_1_exhaust_at_overvote/test_set_1_exhaust_at_overvote_cvr.json");
    String text = Files.readString(source);
    int second = text.indexOf("\"ContestSelectionId\" : \"cs-a\"", text.indexOf("ballot-2"));
    Path bad = dir.resolve("bad_cvr.json");
    Files.writeString(bad, text.substring(0, second)
        + "\"ContestSelectionId\" : \"cs-zz\"" + text.substring(second + 29));
    BallotCollector ballots = new BallotCollector(
        List.of("Candidate A Name", "Candidate B Name", "Candidate C Name", "Candidate D Name"),
        Map.of());
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> new CdfCvrReader(bad, settings("cdf")).readInto(ballots));
    assertEquals(bad.toString(), e.source());
    assertEquals(2, e.line(), "the second CVR");
    assertTrue(e.getMessage().contains("cs-zz"), e.getMessage());
  }

  @Test
  void essRefusesAnUnreadableWorkbookAndReadsTheMayorFile() throws IOException {
    Path bad = dir.resolve("cvr.xlsx");
    Files.writeString(bad, "not a spreadsheet");
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> new EssCvrReader(bad, settings("ess"), 3).readInto(new BallotCollector(List.of("A"), Map.of())));
    assertEquals(bad.toString(), e.source());
    Path mayor = SharedData.resolve(
        "elections/rctab/2017_minneapolis_mayor/2017_minneapolis_mayor_cvr.xlsx");
    BallotCollector unknown = new BallotCollector(List.of("Jacob Frey"), Map.of());
    InvalidInputException name = assertThrows(InvalidInputException.class,
        () -> new EssCvrReader(mayor, settings("ess"), 3).readInto(unknown));
    assertTrue(name.line() >= 2 && name.getMessage().contains("unknown candidate"), name.getMessage());
  }
}
