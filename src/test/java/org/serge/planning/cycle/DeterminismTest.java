package org.serge.planning.cycle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Same inputs, same doubles: across runs, thread counts, and between simulation and replay. */
class DeterminismTest {

  @Test
  void twoRunsOnDifferentThreadCountsAgreeBitForBit() {
    SimulatedEconomy economy = SimulatedEconomy.generate(400, 200, 8, 11);
    Cycle.Outcome one = run(economy, 1);
    Cycle.Outcome two = run(economy, 2);
    assertEquals(one.roundCount(), two.roundCount());
    for (int r = 0; r < one.roundCount(); r++) {
      Round a = one.rounds().get(r);
      Round b = two.rounds().get(r);
      assertArrayEquals(a.prices().products(), b.prices().products(), 0, "round " + (r + 1));
      assertEquals(a.prices().incomePerHour(), b.prices().incomePerHour(), 0);
      assertArrayEquals(a.tally().excess(), b.tally().excess(), 0);
      assertArrayEquals(a.tally().supply(), b.tally().supply(), 0);
    }
    assertArrayEquals(one.next().products(), two.next().products(), 0);
  }

  /**
   * The record side's loop: publish a session's prices, collect proposals, submit them. It
   * must give exactly the prices the simulation computed, and a replay of the whole record
   * exactly the same again.
   */
  @Test
  void replayingTheRecordedProposalsRecomputesEveryRoundsPrices() {
    SimulatedEconomy economy = SimulatedEconomy.generate(60, 30, 5, 3);
    Cycle cycle = Cycle.of(economy.frame(), CycleSettings.of(PriceRule.Kind.EXCESS).withThreads(2));
    Cycle.Outcome simulated = cycle.simulate(economy.consumers(), economy.producers(), new double[5]);
    Frame frame = economy.frame();
    Prices probe = new Prices(new double[] {1, 1, 1, 1, 1}, new double[0], 1);
    List<ProductionProposal> opening = new ArrayList<>();
    for (ProducerCouncil producer : economy.producers()) {
      opening.add(producer.propose(frame, probe, null, null));
    }
    Proposals openingProposals = new Proposals(List.of(), opening, new double[5]);
    List<Proposals> record = new ArrayList<>();
    Cycle.Session session = cycle.open(openingProposals);
    Prices prices = session.prices();
    List<DemandProposal> demand = null;
    List<ProductionProposal> production = null;
    Tally last = null;
    for (int round = 0; round < simulated.roundCount(); round++) {
      assertArrayEquals(simulated.rounds().get(round).prices().products(), prices.products(), 0);
      List<DemandProposal> nextDemand = new ArrayList<>();
      for (int c = 0; c < economy.consumers().size(); c++) {
        nextDemand.add(economy.consumers().get(c).propose(frame, prices, demand == null ? null : demand.get(c)));
      }
      List<ProductionProposal> nextProduction = new ArrayList<>();
      for (int w = 0; w < economy.producers().size(); w++) {
        nextProduction.add(economy.producers().get(w).propose(frame, prices, last,
            production == null ? null : production.get(w)));
      }
      demand = nextDemand;
      production = nextProduction;
      record.add(new Proposals(demand, production, new double[5]));
      last = session.submit(record.getLast()).tally();
      prices = session.prices();
    }
    assertArrayEquals(simulated.next().products(), prices.products(), 0);
    Cycle.Replay replay = cycle.replay(openingProposals, record);
    assertTrue(replay.rounds().getLast().converged());
    assertArrayEquals(prices.products(), replay.next().products(), 0);
    assertEquals(prices.incomePerHour(), replay.next().incomePerHour(), 0);
  }

  private static Cycle.Outcome run(SimulatedEconomy economy, int threads) {
    CycleSettings settings = CycleSettings.of(PriceRule.Kind.EXCESS).withEpsilon(1e-4).withThreads(threads);
    return Cycle.of(economy.frame(), settings).simulate(economy.consumers(), economy.producers(), new double[8]);
  }
}
