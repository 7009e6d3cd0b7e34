package org.serge.record;

/**
 * What {@link Verifier} found: either every event checked out, or the first one that did
 * not, with the reason.
 *
 * @param eventsChecked how many events were read before the verdict (all of them when ok)
 * @param failedPosition the 1-based position in the stream of the first bad event, or 0
 * @param failedSeq the seq that event carries (as stored, perhaps tampered), or 0
 * @param problem why it fails, a sentence beginning "event N: ", or null when ok
 */
public record VerificationReport(
    long eventsChecked, long failedPosition, long failedSeq, String problem) {

  static VerificationReport passed(long events) {
    return new VerificationReport(events, 0, 0, null);
  }

  /** Whether every event checked out. */
  public boolean ok() {
    return problem == null;
  }

  /** One line for people: the problem, or how many events checked out. */
  public String message() {
    return ok() ? eventsChecked + " events check out" : problem;
  }
}
