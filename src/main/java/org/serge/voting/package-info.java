/**
 * The voting engine, a pure core: ballots, contests, counting rules (Scottish STV, Meek STV,
 * IRV with RCTab's options, Schulze, approval, plurality) and their count sheets. No I/O:
 * readers and writers live in {@code org.serge.formats} and {@code org.serge.voting.report}.
 * Arithmetic is exact (fixed-point as each rule prescribes, shown as {@link java.math.BigDecimal}).
 */
package org.serge.voting;
