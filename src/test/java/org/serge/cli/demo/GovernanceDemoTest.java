package org.serge.cli.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.serge.SharedData;
import org.serge.council.MemoryRecord;
import org.serge.formats.OnsTables;
import org.serge.council.Replayer;
import org.serge.formats.ConstitutionFile;
import org.serge.record.SigningKey;

/** The governing scenario of the demo: delegates at every level, refusals by rule, a decision with its minority report. */
class GovernanceDemoTest {
  @Test
  void theScenarioRunsTwiceIntoOneRecordAndReplays() throws Exception {
    var constitution = ConstitutionFile.read(java.nio.file.Path.of("examples/uk-federation.yaml"));
    var split = UkFederation.split(OnsTables.read(SharedData.resolve("ons-ioat-2019")),
        UkFederation.RECORD_PEOPLE_PER_MEMBER);
    var members = UkFederation.members(split);
    try (MemoryRecord record = MemoryRecord.open("demo", SigningKey.generate(), Clock.systemUTC())) {
      GovernanceDemo.Result first = GovernanceDemo.run(record, constitution, members);
      assertEquals(33, first.councils());
      int people = members.values().stream().mapToInt(Integer::intValue).sum();
      assertEquals(people, first.members(), "a region's founder founds its first council");
      assertTrue(people > 200 && people < 500, "a few hundred members: " + people);
      assertEquals(33 + 3 * 3, first.delegates().size(), "a delegate per council to its region, 3 per region to the federation");
      assertEquals(33 + 3, first.elections().size(), "every delegate is elected by STV");
      for (GovernanceDemo.Election e : first.elections()) {
        assertTrue(e.candidates().containsAll(e.elected()), e.toString());
        boolean region = java.util.Set.of("north", "midlands", "south").contains(e.council());
        assertEquals(region ? 3 : 1, e.elected().size(), e.toString());
      }
      GovernanceDemo.Budget budget = first.budget();
      assertEquals(9, budget.voters());
      assertTrue(!budget.selected().isEmpty() && budget.spent() <= budget.budget(), budget.toString());
      assertTrue(budget.selected().contains("home-retrofit"), "every region supports it: " + budget);
      assertEquals(4, first.refusals().size(), "one accumulation refused per region, and the outsider");
      for (int i = 0; i < 3; i++) {
        assertTrue(first.refusals().get(i)[1].contains("mandates.simultaneous"), first.refusals().get(i)[1]);
      }
      assertTrue(first.refusals().get(3)[1].contains("articles.members-act"), first.refusals().get(3)[1]);
      assertEquals("adopted", first.decision().decision().outcome());
      assertEquals(1, first.decision().attached().size());
      assertEquals(7, first.decision().decision().yes());
      assertEquals(2, first.decision().decision().no());
      GovernanceDemo.Result second = GovernanceDemo.run(record, constitution, members);
      assertEquals("uk-2", second.federation());
      var replayed = Replayer.replay(record.events(1));
      for (var table : replayed.tables()) {
        int live = record.read(p -> p.tables().stream().filter(t -> t.name().equals(table.name())).findFirst()
            .orElseThrow().size());
        assertEquals(live, table.size(), table.name());
      }
    }
  }
}
