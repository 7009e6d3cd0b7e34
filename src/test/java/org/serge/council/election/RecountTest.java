package org.serge.council.election;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.serge.InvalidInputException;
import org.serge.council.Forgery;
import org.serge.council.Fixtures;

/**
 * A forged result cannot survive a replay: even re-signed into a chain whose every hash and
 * signature checks, an {@code election.counted} or {@code budget.counted} that is not what its
 * published ballots give is named by the recount, as {@code serge record verify} replays.
 */
class RecountTest {
  private final ElectionScene scene = new ElectionScene();

  @Test
  void aForgedWinnerIsNamedByTheRecount() {
    String e = scene.open("ana", "rail", "scottish", 1, List.of("ana", "bob", "cai"));
    for (String m : ElectionScene.RAIL) {
      scene.cast(m, e, m.equals("fay") ? List.of("cai") : List.of("bob", "ana"));
    }
    scene.close("instance", e);
    InvalidInputException error = forge(ElectionCounted.TYPE, payload -> {
      ((ArrayNode) payload.get("elected")).set(0, "cai");
      ((ArrayNode) payload.get("sheet").get("elected")).set(0, "cai");
    });
    assertTrue(error.getMessage().contains("(election.counted)") && error.getMessage().contains("[cai]"),
        error.getMessage());
    InvalidInputException sheet = forge(ElectionCounted.TYPE,
        payload -> ((ObjectNode) payload.get("sheet").get("rounds").get(0).get("tally")).put("cai", "5"));
    assertTrue(sheet.getMessage().contains("(election.counted)") && sheet.getMessage().contains("sheet"),
        sheet.getMessage());
    InvalidInputException stuffed = forge(BallotsPublished.TYPE,
        payload -> ((ArrayNode) payload.get("ballots")).add(payload.get("ballots").get(0).deepCopy()));
    assertTrue(stuffed.getMessage().contains("(ballots.published)"), stuffed.getMessage());
    InvalidInputException altered = forge(BallotsPublished.TYPE, payload -> ((ObjectNode) payload.get("ballots").get(0)
        .get("ballot")).putArray("ranking").add("zed"));
    assertTrue(altered.getMessage().contains("(ballots.published)") && altered.getMessage().contains("zed"),
        altered.getMessage());
  }

  @Test
  void aForgedSelectionIsNamedByTheRecount() {
    scene.act("bob", new OpenBudgetRound("rail", "Depot", 10, "equal-shares",
        List.of(new OpenBudgetRound.Item("p1", "Roof", 6), new OpenBudgetRound.Item("p2", "Canteen", 5))));
    String round = scene.read(p -> p.budgetRounds.rows().iterator().next().id());
    for (String m : ElectionScene.RAIL) {
      scene.cast(m, round, m.equals("fay") ? List.of("p2") : List.of("p1"));
    }
    scene.act("instance", new CloseBudgetRound(round, 11));
    InvalidInputException error = forge(BudgetCounted.TYPE, payload -> {
      payload.putArray("selected").add("p2");
      payload.put("spent", 5);
    });
    assertTrue(error.getMessage().contains("(budget.counted)"), error.getMessage());
  }

  /** Rewrites the first event of {@code type} with {@code change}, re-signs the chain from there, and replays it. */
  private InvalidInputException forge(String type, Consumer<ObjectNode> change) {
    return Forgery.replayRefuses(scene.events(), type, 0, change, Fixtures.key(1));
  }
}
