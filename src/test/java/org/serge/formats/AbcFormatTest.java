package org.serge.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.serge.InvalidInputException;
import org.serge.budgeting.committee.Rational;

/** .abc.yaml reading and the errors for malformed files. */
class AbcFormatTest {
  private static final String GOOD = """
      profile: [[0, 1], [1, 2],
        [2]]
      num_cand: 3
      committeesize: 2
      voter_weights: [1, 2, 0.5]
      compute:
      - rule_id: av
        result: [[1, 2]]
        resolute: true
      """;

  private static AbcInstance parse(String text) {
    return AbcReader.read(new StringReader(text), "test.abc.yaml");
  }

  private static InvalidInputException bad(String text) {
    return assertThrows(InvalidInputException.class, () -> parse(text));
  }

  @Test
  void readsAGoodFile() {
    AbcInstance instance = parse(GOOD);
    assertEquals(3, instance.profile().voters());
    assertEquals(Rational.of(1, 2), instance.profile().weights().get(2));
    assertEquals("av", instance.expected().getFirst().ruleId());
  }

  @Test
  void unknownCandidateNamesTheLine() {
    InvalidInputException e = bad(GOOD.replace("[2]]", "[7]]"));
    assertEquals(2, e.line());
    assertEquals("test.abc.yaml", e.source());
    assertTrue(e.getMessage().contains("unknown candidate 7"), e.getMessage());
  }

  @Test
  void wrongWeightCount() {
    InvalidInputException e = bad(GOOD.replace("[1, 2, 0.5]", "[1, 2]"));
    assertEquals(5, e.line());
    assertEquals("voter_weights", e.field());
  }

  @Test
  void badWeights() {
    assertEquals("voter_weights", bad(GOOD.replace("[1, 2, 0.5]", "[1, -2, 0.5]")).field());
    assertEquals("voter_weights", bad(GOOD.replace("[1, 2, 0.5]", "[1, heavy, 0.5]")).field());
  }

  @Test
  void committeeLargerThanCandidates() {
    assertEquals("committeesize", bad(GOOD.replace("committeesize: 2", "committeesize: 4")).field());
  }

  @Test
  void truncatedFile() {
    InvalidInputException e = bad(GOOD.substring(0, GOOD.indexOf("num_cand")));
    assertEquals("num_cand", e.field());
  }

  @Test
  void malformedYaml() {
    InvalidInputException e = bad("profile: [[0, 1\nnum_cand: 3\n");
    assertTrue(e.getMessage().contains("malformed YAML"), e.getMessage());
    assertTrue(e.line() > 0);
  }
}
