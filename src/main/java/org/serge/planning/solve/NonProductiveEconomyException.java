package org.serge.planning.solve;

import org.serge.SergeException;

/**
 * The economy cannot produce its own inputs: the spectral radius of its input matrix A is
 * 1 or more, so (I − A) has no non-negative inverse and no gross output covers both the
 * inputs and a positive final demand. This is a property of the input data, so the CLI
 * treats it as bad input (exit 2).
 */
public final class NonProductiveEconomyException extends SergeException {
  private static final long serialVersionUID = 1L;
  private final double spectralRadiusEstimate;
  private final int[] fastestGrowing;

  /**
   * @param spectralRadiusEstimate the estimated spectral radius, or NaN when unknown
   * @param fastestGrowing the indices of the products whose output grows fastest
   * @param detail words to add, naming those products where the caller knows their codes
   */
  public NonProductiveEconomyException(double spectralRadiusEstimate, int[] fastestGrowing,
      String detail) {
    super("the economy is not productive: the spectral radius of its input matrix A is "
        + (Double.isNaN(spectralRadiusEstimate) ? "at least 1"
            : String.format("about %.4g (at least 1)", spectralRadiusEstimate))
        + ", so no gross output can cover its own inputs and the final demand"
        + (detail.isEmpty() ? "" : "; " + detail));
    this.spectralRadiusEstimate = spectralRadiusEstimate;
    this.fastestGrowing = fastestGrowing.clone();
  }

  /** The same failure, naming the fastest-growing products by their codes. */
  public NonProductiveEconomyException naming(java.util.List<String> productCodes) {
    java.util.List<String> names = java.util.Arrays.stream(fastestGrowing)
        .mapToObj(productCodes::get).toList();
    return new NonProductiveEconomyException(spectralRadiusEstimate, fastestGrowing,
        "the products whose output grows fastest are " + String.join(", ", names));
  }

  /** Indices of the products whose output grows fastest in the diverging iteration. */
  public int[] fastestGrowing() {
    return fastestGrowing.clone();
  }

  /** The estimated spectral radius of A, or NaN when only "≥ 1" is known. */
  public double spectralRadiusEstimate() {
    return spectralRadiusEstimate;
  }

  @Override
  public int exitCode() {
    return 2;
  }
}
