package org.serge.budgeting.committee;

/**
 * The weights of a Thiele method: a voter with j approved members contributes
 * w(1) + … + w(j). SAV's weights depend on the voter's ballot length (1/|A| each).
 */
enum ThieleWeights {
  AV, SAV, PAV, SLAV, CC, GEOM, ADAMS;

  /** w(j), j ≥ 1, for voter {@code v}. */
  Rational weight(ApprovalProfile profile, int v, int j) {
    return switch (this) {
      case AV -> Rational.ONE;
      case SAV -> Rational.of(1, Math.max(1, profile.approvals().get(v).length));
      case PAV -> Rational.of(1, j);
      case SLAV -> Rational.of(1, 2L * j - 1);
      case CC -> j == 1 ? Rational.ONE : Rational.ZERO;
      case GEOM -> Rational.of(1, 1L << (j - 1)); // abcvoting's default base p = 2
      case ADAMS -> j == 1 ? Rational.ONE : Rational.of(1, j - 1); // 1, 1, 1/2, 1/3, …
    };
  }

  Rational sum(ApprovalProfile profile, int v, int hits) {
    Rational total = Rational.ZERO;
    for (int j = 1; j <= hits; j++) {
      total = total.add(weight(profile, v, j));
    }
    return total;
  }
}
