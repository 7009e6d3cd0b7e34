package org.serge.formats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.serge.InvalidInputException;
import org.serge.SharedData;
import org.serge.budgeting.PbInstance;

/** .pb reading, writing and the errors for malformed files. */
class PbFormatTest {
  private static final String GOOD = """
      META
      key;value
      num_projects;2
      num_votes;2
      budget;100
      vote_type;approval
      rule;greedy
      PROJECTS
      project_id;cost;name;selected
      p1;60;First;1
      p2;50;Second;0
      VOTES
      voter_id;vote;district
      v1;p1,p2;north
      v2;p2;south
      """;

  private static PbInstance parse(String text) {
    return PbReader.read(new CsvReader(new StringReader(text), "test.pb", ';'));
  }

  private static InvalidInputException bad(String text) {
    return assertThrows(InvalidInputException.class, () -> parse(text));
  }

  @Test
  void readsAGoodFile() {
    PbInstance instance = parse(GOOD);
    assertEquals(100, instance.budget());
    assertEquals(2, instance.projects().size());
    assertArrayEquals(new int[] {0, 1}, instance.ballots().get(0).projects());
    assertEquals("south", instance.ballots().get(1).attributes().get("district"));
  }

  @Test
  void writesWhatItReads() throws Exception {
    PbInstance original = PbReader.read(SharedData.resolve("pb/pabulib/Poland_Warszawa_2023_Wesola.pb"));
    StringWriter out = new StringWriter();
    PbWriter.write(original, out);
    PbInstance again = parse(out.toString());
    assertEquals(original.budget(), again.budget());
    assertEquals(original.projects(), again.projects());
    assertEquals(original.ballots().size(), again.ballots().size());
    for (int v = 0; v < original.ballots().size(); v++) {
      assertArrayEquals(original.ballots().get(v).projects(), again.ballots().get(v).projects());
      assertEquals(original.ballots().get(v).attributes(), again.ballots().get(v).attributes());
    }
    assertEquals(original.meta().get("rule"), again.meta().get("rule"));
  }

  @Test
  void unknownProjectInAVote() {
    InvalidInputException e = bad(GOOD.replace("v2;p2;south", "v2;p9;south"));
    assertEquals("test.pb", e.source());
    assertEquals(15, e.line());
    assertTrue(e.getMessage().contains("p9"), e.getMessage());
  }

  @Test
  void wrongVoteCount() {
    InvalidInputException e = bad(GOOD.replace("num_votes;2", "num_votes;3"));
    assertEquals("num_votes", e.field());
  }

  @Test
  void wrongProjectCount() {
    assertEquals("num_projects", bad(GOOD.replace("num_projects;2", "num_projects;5")).field());
  }

  @Test
  void badCost() {
    InvalidInputException e = bad(GOOD.replace("p2;50;", "p2;-5;"));
    assertEquals("cost", e.field());
    assertEquals(11, e.line());
    assertEquals("cost", bad(GOOD.replace("p2;50;", "p2;fifty;")).field());
  }

  @Test
  void truncatedFile() {
    InvalidInputException e = bad(GOOD.substring(0, GOOD.indexOf("VOTES")));
    assertEquals("VOTES", e.field());
    assertTrue(e.getMessage().contains("truncated"), e.getMessage());
  }

  @Test
  void missingBudget() {
    assertEquals("budget", bad(GOOD.replace("budget;100\n", "")).field());
  }

  @Test
  void projectVotedTwice() {
    assertEquals("vote", bad(GOOD.replace("v1;p1,p2;north", "v1;p1,p1;north")).field());
  }

  @Test
  void pointsMustMatchProjects() {
    String scoring = GOOD.replace("vote_type;approval", "vote_type;scoring")
        .replace("voter_id;vote;district", "voter_id;vote;points")
        .replace("v1;p1,p2;north", "v1;p1,p2;3").replace("v2;p2;south", "v2;p2;x");
    assertEquals("points", bad(scoring).field());
  }
}
