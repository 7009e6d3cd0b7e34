package org.serge.voting;

import java.util.List;

/**
 * The options of {@link Irv}, named after RCTab's contest-config rules so that a config maps
 * onto them one to one. Immutable. Start from {@link #defaults()} and change with the
 * {@code with…} methods.
 *
 * @param overvote what a rank with two or more candidates does to a ballot
 * @param maxSkippedRanks how many consecutive empty ranks a ballot may skip before it is
 *     exhausted; -1 for unlimited
 * @param maxRankings ranks beyond this are ignored; -1 for unlimited
 * @param exhaustOnDuplicate whether a candidate ranked twice exhausts the ballot there
 * @param batchElimination eliminate at once every lowest candidate who could not overtake
 *     the next one even with all the lower candidates' votes
 * @param continueUntilTwo keep eliminating until two candidates remain
 * @param tiebreak how ties for elimination (or election order) are broken
 * @param randomSeed the seed for the random tiebreak
 * @param permutation candidate names in tiebreak order (first wins, last is eliminated), for
 *     {@link Tiebreak#PERMUTATION}
 * @param decimalPlaces decimals of vote arithmetic (0 to 9)
 * @param nonIntegerThreshold threshold = votes/(seats+1) + 10^-decimals instead of
 *     floor(votes/(seats+1)) + 1
 * @param hareQuota threshold = votes/seats
 * @param minimumVoteThreshold candidates below this many votes are eliminated together
 * @param eliminateFirst names eliminated in the first round whatever their votes (RCTab's
 *     undeclared write-ins)
 * @param bottomsUp elect no one at the threshold: eliminate until the continuing candidates
 *     just fill the seats (RCTab's bottomsUp)
 * @param bottomsUpPercentage when not null, the seats are open-ended: eliminate the lowest
 *     until every continuing candidate holds at least this percentage of the active votes,
 *     then elect them all (RCTab's bottomsUpUsingPercentageThreshold)
 */
public record IrvOptions(
    Overvote overvote,
    int maxSkippedRanks,
    int maxRankings,
    boolean exhaustOnDuplicate,
    boolean batchElimination,
    boolean continueUntilTwo,
    Tiebreak tiebreak,
    long randomSeed,
    List<String> permutation,
    int decimalPlaces,
    boolean nonIntegerThreshold,
    boolean hareQuota,
    long minimumVoteThreshold,
    List<String> eliminateFirst,
    boolean bottomsUp,
    java.math.BigDecimal bottomsUpPercentage) {

  /** Overvote rules, as RCTab names them. */
  public enum Overvote {
    EXHAUST_IMMEDIATELY,
    ALWAYS_SKIP_TO_NEXT_RANK,
    EXHAUST_IF_MULTIPLE_CONTINUING
  }

  /** Tiebreak modes, as RCTab names them. */
  public enum Tiebreak {
    RANDOM,
    PREVIOUS_ROUND_COUNTS_THEN_RANDOM,
    PERMUTATION
  }

  public IrvOptions {
    permutation = List.copyOf(permutation);
    eliminateFirst = List.copyOf(eliminateFirst);
    if (decimalPlaces < 0 || decimalPlaces > 9) {
      throw new IllegalArgumentException("decimal places must be 0 to 9, not " + decimalPlaces);
    }
  }

  /** Plain IRV: skip overvoted ranks, unlimited skipping, previous-round tiebreak, 4 decimals. */
  public static IrvOptions defaults() {
    return new IrvOptions(Overvote.ALWAYS_SKIP_TO_NEXT_RANK, -1, -1, false, false, false,
        Tiebreak.PREVIOUS_ROUND_COUNTS_THEN_RANDOM, 0, List.of(), 4, false, false, 0, List.of(), false,
        null);
  }

  public IrvOptions withTiebreak(Tiebreak mode, long seed, List<String> order) {
    return new IrvOptions(overvote, maxSkippedRanks, maxRankings, exhaustOnDuplicate,
        batchElimination, continueUntilTwo, mode, seed, order, decimalPlaces, nonIntegerThreshold,
        hareQuota, minimumVoteThreshold, eliminateFirst, bottomsUp, bottomsUpPercentage);
  }

  /** These options counting bottoms-up: to the seats, or to a percentage when it is not null. */
  public IrvOptions withBottomsUp(java.math.BigDecimal percentage) {
    return new IrvOptions(overvote, maxSkippedRanks, maxRankings, exhaustOnDuplicate,
        batchElimination, continueUntilTwo, tiebreak, randomSeed, permutation, decimalPlaces,
        nonIntegerThreshold, hareQuota, minimumVoteThreshold, eliminateFirst, true, percentage);
  }
}
