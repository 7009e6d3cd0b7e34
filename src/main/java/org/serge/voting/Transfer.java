package org.serge.voting;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Votes moved from one candidate at the end of a round: {@code to} maps each receiving
 * candidate's name (and {@link #EXHAUSTED} for votes that went nowhere, {@link #RESIDUAL} for
 * value lost to truncation) to the votes moved.
 *
 * @param from the candidate whose votes moved
 * @param reason {@code elected} (a surplus) or {@code eliminated}
 * @param to receiving names in order of first transfer; values are positive
 */
public record Transfer(String from, String reason, Map<String, BigDecimal> to) {
  /** The key for votes that no continuing candidate received. */
  public static final String EXHAUSTED = "exhausted";

  /** The key for the part of a surplus lost by truncating transfer values (RCTab's name). */
  public static final String RESIDUAL = "residual surplus";

  public Transfer {
    to = Collections.unmodifiableMap(new LinkedHashMap<>(to));
  }

  /** Sum of the votes moved. */
  public BigDecimal total() {
    return to.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
