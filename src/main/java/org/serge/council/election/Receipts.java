package org.serge.council.election;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.serge.council.Polity;

/**
 * Ballot receipts. When a voter casts a ballot the adapter draws a random secret, gives it
 * to the voter alone, and seals the ballot with the secret's hash. Once the ballots are
 * published, whoever holds the secret finds their ballot among them ({@link #check}): proof
 * that it was counted as cast. Without the secret nothing is found, and the hash alone (public)
 * names no one.
 *
 * <p>Limits: the receipt proves to anyone the voter shows it to what they voted, so a coercer
 * or a buyer may demand it. Nothing in the record keeps the secret: a voter may decline it, or
 * throw it away after checking; docs/governance.md says what is and is not mitigated.
 */
public final class Receipts {
  private Receipts() {}

  /** The receipt hash of a secret: hex SHA-256 of its UTF-8 bytes, as {@link CastBallot} takes it. */
  public static String hash(String secret) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  /**
   * The published ballot sealed with this secret, if the election's ballots are published and
   * it is among them; empty otherwise (a wrong secret, or not published yet).
   */
  public static Optional<PublishedBallot> check(Polity polity, String election, String secret) {
    String receipt = hash(secret);
    return Elections.published(polity, election).stream().filter(b -> b.receipt().equals(receipt)).findFirst();
  }

  /** Whether a ballot sealed with this secret waits in the election's box (before its close). */
  public static boolean sealed(Polity polity, String election, String secret) {
    String receipt = hash(secret);
    return polity.ballotBox.ballots(election).stream().anyMatch(b -> b.receipt().equals(receipt));
  }
}
