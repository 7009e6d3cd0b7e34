package org.serge.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Period;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.serge.InvalidInputException;
import org.serge.council.constitution.Constitution;
import org.serge.council.constitution.ConstitutionJson;
import org.serge.council.constitution.DecisionRule;
import org.serge.council.constitution.Fraction;

/** The constitution file: the example reads as written; bad files name the file, the line and the key. */
class ConstitutionFileTest {
  private static final String GOOD = """
      serge-constitution: 1
      name: Small federation
      decisions:
        ordinary:
          quorum: 1/2
          threshold: majority
        constitutional:
          quorum: 2/3
          threshold: 2/3
          period: P14D
      """;

  private static Constitution read(String yaml) {
    return ConstitutionFile.read(new StringReader(yaml), "fed.yaml");
  }

  private static InvalidInputException bad(String yaml) {
    return assertThrows(InvalidInputException.class, () -> read(yaml));
  }

  private static void assertPlace(InvalidInputException e, long line, String key) {
    assertEquals(List.of("fed.yaml", line, key), List.of(e.source(), e.line(), e.field()), e.getMessage());
    assertTrue(e.getMessage().startsWith("fed.yaml:" + line + ": field '" + key + "'"), e.getMessage());
  }

  @Test
  void theUkExampleReadsAsWritten() {
    Constitution c = ConstitutionFile.read(Path.of("examples", "uk-federation.yaml"));
    assertEquals("Federation of Councils of the United Kingdom", c.name());
    DecisionRule ordinary = c.decision("ordinary");
    assertEquals(List.of("1/3", "majority", Duration.ofDays(7)),
        List.of(ordinary.quorum().toString(), ordinary.threshold().text(), ordinary.period()));
    assertEquals(List.of("2/3", "2/3"), List.of(c.decision("constitutional").quorum().toString(),
        c.decision("constitutional").threshold().text()));
    assertEquals("consensus-minus-2", c.decision("ratification").threshold().text());
    assertEquals(new Constitution.Mandates(Period.ofYears(1), 2, 1), c.mandates());
    assertEquals(List.of(new Fraction(1, 5), new Fraction(2, 3)), List.of(c.recallPetition(), c.ratification()));
    assertEquals(3, c.minorityReportMembers());
    assertEquals(Constitution.Moderators.ELECTED, c.moderators());
    assertEquals(Set.of("decisions.ordinary", "decisions.plan", "recall.petition", "minority-reports.members",
        "moderation.moderators"), c.overridable());
    // what the record carries reads back to the same constitution
    assertEquals(c, ConstitutionJson.read(c.toJson(), ConstitutionJson.Locator.NONE, "json"));
  }

  @Test
  void defaultsFillWhatASmallFileLeavesOut() {
    Constitution c = read(GOOD);
    assertEquals(c.decision("ordinary").quorum(), c.decision("plan").quorum());
    assertEquals(List.of(Period.ofYears(1), 2, 1, new Fraction(1, 5), 3, Fraction.HALF, Set.of()),
        List.of(c.mandates().term(), c.mandates().consecutiveTerms(), c.mandates().simultaneous(),
            c.recallPetition(), c.minorityReportMembers(), c.ratification(), c.overridable()));
  }

  @Test
  void anUnknownKeyIsRefusedAtItsLine() {
    assertPlace(bad(GOOD + "mandates:\n  term: P1Y\n  terms: 3\n"), 13, "mandates.terms");
    assertPlace(bad(GOOD.replace("threshold: majority", "treshold: majority")), 6, "decisions.ordinary.treshold");
    assertPlace(bad(GOOD + "president: bob\n"), 11, "president");
  }

  @Test
  void aValueOfTheWrongTypeIsRefusedAtItsLine() {
    assertPlace(bad(GOOD + "mandates:\n  consecutive-terms: two\n"), 12, "mandates.consecutive-terms");
    assertPlace(bad(GOOD + "recall: 1/5\n"), 11, "recall");
    assertPlace(bad(GOOD + "overridable: recall.petition\n"), 11, "overridable");
    assertPlace(bad(GOOD + "overridable:\n  - recall.petition\n  - mandates.term\n"), 13, "overridable[1]");
    assertPlace(bad(GOOD + "mandates:\n  term: one year\n"), 12, "mandates.term");
  }

  @Test
  void aBadFractionOrThresholdIsRefusedAtItsLine() {
    assertPlace(bad(GOOD.replace("quorum: 1/2", "quorum: 3/2")), 5, "decisions.ordinary.quorum");
    assertPlace(bad(GOOD + "recall:\n  petition: 0.2\n"), 12, "recall.petition");
    assertPlace(bad(GOOD + "amendment:\n  ratification: half\n"), 12, "amendment.ratification");
    assertPlace(bad(GOOD.replace("threshold: 2/3", "threshold: most")), 9, "decisions.constitutional.threshold");
  }

  @Test
  void aMissingKindIsRefusedAtItsMapping() {
    String noConstitutional = GOOD.substring(0, GOOD.indexOf("  constitutional:"));
    InvalidInputException e = bad(noConstitutional);
    assertPlace(e, 3, "decisions.constitutional");
    assertTrue(e.getMessage().contains("is missing"), e.getMessage());
    assertPlace(bad(GOOD.replace("  ordinary:", "  plan:")), 3, "decisions.ordinary");
    assertPlace(bad("serge-constitution: 1\nname: x\n"), 1, "decisions");
    assertPlace(bad(GOOD.replace("serge-constitution: 1", "serge-constitution: 2")), 1, "serge-constitution");
  }

  @Test
  void malformedYamlAndRepeatedKeysAreRefusedAtTheirLine() {
    InvalidInputException malformed = bad(GOOD + "recall:\n  petition: [1/5\n");
    assertEquals("fed.yaml", malformed.source());
    assertTrue(malformed.line() >= 12, malformed.getMessage());
    assertPlace(bad(GOOD + "name: Again\n"), 11, "name");
    InvalidInputException empty = bad("");
    assertEquals("fed.yaml", empty.source());
    assertThrows(InvalidInputException.class, () -> ConstitutionFile.read(Path.of("no-such-constitution.yaml")));
  }
}
