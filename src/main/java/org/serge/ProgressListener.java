package org.serge;

/**
 * Hears how far a long computation has gone, so an adapter can draw a progress bar. The
 * cores call it from the computing thread; implementations must be cheap.
 */
@FunctionalInterface
public interface ProgressListener {
  /** Ignores all progress. */
  ProgressListener NONE = (stage, done, total) -> {};

  /**
   * @param stage what is being done, in a few words ("reading economy", "iterating")
   * @param done units done so far
   * @param total units in all, or 0 when unknown
   */
  void progress(String stage, long done, long total);
}
