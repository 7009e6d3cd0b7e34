package org.serge.voting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.serge.SharedData;
import org.serge.formats.BltReader;

/**
 * The 1,100 real Scottish contests: every file counts without error by Scottish STV (which
 * fills every seat) and by Meek; every count sheet balances; Meek with one seat elects the
 * IRV winner. Failures are collected so that one run names every failing file.
 */
class ScotElexTest {
  @Test
  void everyContestCountsBalancesAndMeekWithOneSeatIsIrv() throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(SharedData.resolve("elections/scot-elex"))) {
      files = walk.filter(p -> p.toString().endsWith(".blt")).sorted().toList();
    }
    assertTrue(files.size() >= 1100, "expected the 1,100 contests, found " + files.size());
    List<String> failures = new ArrayList<>();
    for (Path file : files) {
      try {
        Contest contest = BltReader.read(file);
        CountResult scottish = new ScottishStv().count(contest);
        check(failures, file, "scottish fills every seat", scottish.elected().size() == contest.seats());
        check(failures, file, "scottish balances", scottish.balances());
        CountResult meek = new MeekStv().count(contest);
        check(failures, file, "meek fills every seat", meek.elected().size() == contest.seats());
        check(failures, file, "meek balances", meek.balances());
        Contest single = contest.withSeats(1);
        CountResult meekOne = new MeekStv().count(single);
        CountResult irv = new Irv().count(single);
        check(failures, file, "irv balances", irv.balances());
        check(failures, file, "meek(1) = irv: " + meekOne.elected() + " vs " + irv.elected(),
            meekOne.elected().equals(irv.elected()));
      } catch (RuntimeException e) {
        failures.add(file.getFileName() + ": " + e);
      }
    }
    assertEquals(List.of(), failures);
  }

  private static void check(List<String> failures, Path file, String what, boolean ok) {
    if (!ok) {
      failures.add(file.getFileName() + ": " + what);
    }
  }
}
