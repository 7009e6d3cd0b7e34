package org.serge.council.election;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.serge.council.Row;
import org.serge.council.SealedBallot;
import org.serge.council.Table;
import org.serge.record.Event;

/**
 * Nothing on the record links a voter to a ballot: not an id, a time, a seq or an order. The
 * public log says who voted; the published batch says what was voted, with receipts only the
 * voters can match.
 */
class SecrecyTest {
  private static final List<String> VOTERS = List.of("ana", "bob", "cai", "dan", "eve", "fay");
  private static final List<String> CANDIDATES = List.of("x", "y", "z");

  private final ElectionScene scene = new ElectionScene();

  /** Voter i's ranking: the i-th permutation of x, y, z (six voters, six different ballots). */
  private static List<String> ranking(int i) {
    List<List<String>> all = List.of(List.of("x", "y", "z"), List.of("x", "z", "y"), List.of("y", "x", "z"),
        List.of("y", "z", "x"), List.of("z", "x", "y"), List.of("z", "y", "x"));
    return all.get(i);
  }

  private String holdElection(List<String> castingOrder) {
    String e = scene.open("ana", "rail", "schulze", 1, CANDIDATES);
    for (String voter : castingOrder) {
      scene.cast(voter, e, ranking(VOTERS.indexOf(voter)));
    }
    scene.close("instance", e);
    return e;
  }

  @Test
  void noEventOrRowLinksAVoterToABallot() {
    String e = holdElection(VOTERS);
    List<Event> events = scene.events();
    Set<String> castTimes = new HashSet<>();
    for (Event event : events) {
      if (event.type().equals(BallotCast.TYPE)) {
        assertEquals(List.of("council", "election"), fields(event.payload()), "ballot.cast says only where");
        castTimes.add(event.timeText());
      }
    }
    Event published = events.stream().filter(ev -> ev.type().equals(BallotsPublished.TYPE)).findFirst().orElseThrow();
    assertEquals(List.of("ballots", "council", "election"), fields(published.payload()).stream().sorted().toList());
    for (JsonNode entry : published.payload().get("ballots")) {
      assertEquals(List.of("ballot", "receipt"), fields(entry));
    }
    String batch = published.payload().toString();
    assertFalse(hasNumber(published.payload()), "no seq, time or count in the batch");
    for (String voter : VOTERS) {
      assertFalse(batch.contains("\"" + voter + "\""), voter + " is named in the batch");
    }
    castTimes.forEach(t -> assertFalse(batch.contains(t), "a cast time is in the batch"));

    List<String> everything = new ArrayList<>();
    events.forEach(ev -> everything.add(ev.payload().toString()));
    scene.read(p -> {
      for (Table<?> table : p.tables()) {
        for (Row row : table.rows()) {
          everything.add(row.columns().toString());
        }
      }
      return null;
    });
    assertEquals(VOTERS.size(), scene.ballotIds.size());
    for (String ballotId : scene.ballotIds) {
      assertTrue(everything.stream().noneMatch(text -> text.contains(ballotId)), "a sealed ballot's id is public");
    }
    assertEquals(List.of("id", "election", "position", "ballot", "receipt"), PublishedBallot.COLUMNS);
    assertEquals(List.of("id", "election", "member", "voted", "voted_seq"), Elector.COLUMNS);
    assertEquals(List.of("id", "election", "ballot", "receipt"),
        Arrays.stream(SealedBallot.class.getRecordComponents()).map(RecordComponent::getName).toList(),
        "a sealed ballot carries no voter, time or seq");
    scene.read(p -> {
      for (PublishedBallot b : Elections.published(p, e)) {
        for (String voter : VOTERS) {
          assertFalse(b.columns().containsValue(voter));
        }
      }
      for (Elector elector : Elections.electors(p, e)) {
        assertTrue(elector.hasVoted());
        assertFalse(Elections.published(p, e).stream().anyMatch(b -> elector.columns().containsValue(b.receipt())));
      }
      return null;
    });
  }

  /**
   * Across 120 elections whose voters cast in a random order, the voter who cast k-th lands at
   * every position of the published batch, about equally often: the batch order tells nothing
   * of the casting order.
   */
  @Test
  void thePublishedOrderIsIndependentOfTheCastingOrder() {
    int n = VOTERS.size();
    int[][] landed = new int[n][n];
    int runs = 120;
    for (int run = 0; run < runs; run++) {
      List<String> order = new ArrayList<>(VOTERS);
      Collections.shuffle(order, scene.random);
      String e = holdElection(order);
      List<String> batch = scene.read(p -> Elections.published(p, e).stream().map(PublishedBallot::ballot).toList());
      for (int k = 0; k < n; k++) {
        String voter = order.get(k);
        String ballot = scene.read(p -> Ballots.canonical(p, p.elections.find(e).orElseThrow(),
            ranking(VOTERS.indexOf(voter))));
        landed[k][batch.indexOf(ballot)]++;
      }
    }
    for (int k = 0; k < n; k++) {
      for (int position = 0; position < n; position++) {
        int count = landed[k][position];
        assertTrue(count >= 6 && count <= 40, "the " + (k + 1) + "th caster landed " + count + " times of " + runs
            + " at position " + (position + 1) + " (expected about " + runs / n + "): " + Arrays.deepToString(landed));
      }
    }
    assertNotEquals(0, landed[0][1]);
  }

  @Test
  void eachVoterFindsTheirOwnBallotWithTheirSecretAndNobodyElseFindsAnything() {
    String e = scene.open("ana", "rail", "irv", 1, CANDIDATES);
    for (String voter : VOTERS) {
      scene.cast(voter, e, ranking(VOTERS.indexOf(voter)));
    }
    String anaSecret = scene.secrets.get(e + "/ana");
    assertTrue((boolean) scene.read(p -> Receipts.sealed(p, e, anaSecret)), "sealed while open");
    assertTrue(scene.read(p -> Receipts.check(p, e, anaSecret)).isEmpty(), "nothing published while open");
    scene.close("instance", e);
    assertFalse((boolean) scene.read(p -> Receipts.sealed(p, e, anaSecret)), "the box is emptied at close");
    for (String voter : VOTERS) {
      PublishedBallot mine = scene.read(p -> Receipts.check(p, e, scene.secrets.get(e + "/" + voter))).orElseThrow();
      assertEquals(ranking(VOTERS.indexOf(voter)), Ballots.marks(mine.ballot()), voter + " finds their own ballot");
    }
    assertTrue(scene.read(p -> Receipts.check(p, e, "a guess")).isEmpty());
    assertTrue(scene.read(p -> Receipts.check(p, e, anaSecret.toUpperCase())).isEmpty());
    String other = scene.open("ana", "rail", "irv", 1, CANDIDATES);
    assertTrue(scene.read(p -> Receipts.check(p, other, anaSecret)).isEmpty(), "a receipt belongs to its election");
    scene.assertReplayGivesTheSameTables();
  }

  private static List<String> fields(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static boolean hasNumber(JsonNode node) {
    if (node.isNumber()) {
      return true;
    }
    for (JsonNode child : node) {
      if (hasNumber(child)) {
        return true;
      }
    }
    return false;
  }
}
