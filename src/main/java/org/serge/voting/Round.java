package org.serge.voting;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One round (stage) of a count sheet: the tally at its start, the decisions taken on it, and
 * where the decided candidates' votes went next.
 *
 * @param number 1-based
 * @param threshold votes needed to be elected in this round (the quota); zero when the rule has
 *     none
 * @param tally votes held by each candidate still in the tally, in candidate order
 * @param elected names elected in this round, in order of election
 * @param eliminated names eliminated in this round
 * @param transfers votes moved because of this round's decisions (seen in the next round)
 * @param exhausted votes that no longer count for anyone (cumulative)
 * @param inactive the exhausted votes by cause where the rule distinguishes them (may be empty)
 * @param lossToRounding value lost by truncating transfer values (cumulative)
 * @param note why the decisions were taken, in words (tie breaks, say); may be empty
 */
public record Round(
    int number,
    BigDecimal threshold,
    Map<String, BigDecimal> tally,
    List<String> elected,
    List<String> eliminated,
    List<Transfer> transfers,
    BigDecimal exhausted,
    Map<String, BigDecimal> inactive,
    BigDecimal lossToRounding,
    String note) {

  public Round {
    tally = Collections.unmodifiableMap(new LinkedHashMap<>(tally));
    inactive = Collections.unmodifiableMap(new LinkedHashMap<>(inactive));
    elected = List.copyOf(elected);
    eliminated = List.copyOf(eliminated);
    transfers = List.copyOf(transfers);
  }

  /** Votes held by candidates. */
  public BigDecimal held() {
    return tally.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** Whether votes in = held + exhausted + loss to rounding, exactly. */
  public boolean balances(BigDecimal votesIn) {
    return held().add(exhausted).add(lossToRounding).compareTo(votesIn) == 0;
  }
}
