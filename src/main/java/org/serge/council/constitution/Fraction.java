package org.serge.council.constitution;

/**
 * A share between 0 and 1, exact: {@code 1/2}, {@code 2/3}, {@code 20%}. Quorums, petition
 * shares and ratification shares are fractions; comparisons are done in integers, so "at
 * least 2/3" of 3 voters is exactly 2.
 */
public record Fraction(long numerator, long denominator) {
  public static final Fraction ZERO = new Fraction(0, 1);
  public static final Fraction HALF = new Fraction(1, 2);
  public static final Fraction ONE = new Fraction(1, 1);

  public Fraction {
    if (denominator <= 0 || numerator < 0 || numerator > denominator) {
      throw new IllegalArgumentException("a share lies between 0 and 1: " + numerator + "/" + denominator);
    }
  }

  /**
   * Reads {@code 2/3}, {@code 50%}, {@code 0} or {@code 1}.
   *
   * @throws IllegalArgumentException with a message for a user when it is none of those
   */
  public static Fraction parse(String text) {
    String t = text.strip();
    try {
      if (t.endsWith("%")) {
        long percent = Long.parseLong(t.substring(0, t.length() - 1).strip());
        return new Fraction(percent, 100);
      }
      int slash = t.indexOf('/');
      if (slash >= 0) {
        return new Fraction(Long.parseLong(t.substring(0, slash).strip()), Long.parseLong(t.substring(slash + 1).strip()));
      }
      return new Fraction(Long.parseLong(t), 1);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("'" + text + "' is not a share (write 1/2, 2/3 or 50%)");
    }
  }

  /** True when {@code part} is at least this share of {@code whole}. */
  public boolean reachedBy(long part, long whole) {
    return Math.multiplyExact(part, denominator) >= Math.multiplyExact(numerator, whole);
  }

  /** The least count that reaches this share of {@code whole}. */
  public long of(long whole) {
    long product = Math.multiplyExact(numerator, whole);
    return (product + denominator - 1) / denominator;
  }

  /** As written in constitutions: {@code 2/3}, or {@code 50%} for hundredths. */
  @Override
  public String toString() {
    return denominator == 100 ? numerator + "%" : numerator + "/" + denominator;
  }
}
