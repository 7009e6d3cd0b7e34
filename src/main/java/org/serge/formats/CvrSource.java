package org.serge.formats;

/**
 * One {@code cvrFileSources} entry of an RCTab config, with RCTab's field names.
 *
 * @param filePath relative to the config's folder
 * @param provider {@code ess}, {@code genericCsv} or {@code cdf}
 * @param contestId the contest to read (CDF); may be empty
 * @param firstVoteColumnIndex 1-based column of the first ranking (ess, genericCsv)
 * @param firstVoteRowIndex 1-based row of the first record (ess, genericCsv)
 * @param overvoteLabel cell text marking an overvote; may be empty
 * @param skippedRankLabel cell text marking a skipped rank; may be empty
 * @param undeclaredWriteInLabel cell text (or column name) of undeclared write-ins; may be empty
 * @param overvoteDelimiter separator of several names in one cell; may be empty
 */
public record CvrSource(
    String filePath,
    String provider,
    String contestId,
    int firstVoteColumnIndex,
    int firstVoteRowIndex,
    String overvoteLabel,
    String skippedRankLabel,
    String undeclaredWriteInLabel,
    String overvoteDelimiter) {}
