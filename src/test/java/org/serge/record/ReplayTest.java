package org.serge.record;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ReplayTest {
  @Test
  void replayFoldsEventsIntoState() {
    List<Event> chain = Chains.chain(100);
    // Events per actor: a stand-in for a query table derived from the log.
    Projection<Map<String, Integer>> perActor = (state, e) -> {
      state.merge(e.actor(), 1, Integer::sum);
      return state;
    };
    Map<String, Integer> counts = Replay.fold(chain, new TreeMap<>(), perActor);
    assertEquals(Map.of("member:0", 20, "member:1", 20, "member:2", 20, "member:3", 20,
        "member:4", 20), counts);
    long sum = Replay.fold(chain.iterator(), 0L,
        (total, e) -> total + e.payload().get("n").longValue());
    assertEquals(5050L, sum);
  }
}
