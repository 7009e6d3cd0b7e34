package org.serge.planning.report;

/**
 * A record event a figure of the plan report came from: its place in the public log, its
 * type and a short label saying what it is ("production proposal of leeds-rail"). Immutable.
 *
 * @param seq the event's seq in the public record (≥ 1)
 * @param type the event type, as recorded ({@code round.iterated}, {@code plan.approved}…)
 * @param label a short description for readers, never empty
 */
public record Source(long seq, String type, String label) {

  public Source {
    if (seq < 1) {
      throw new IllegalArgumentException("an event's seq is ≥ 1, not " + seq);
    }
    if (type == null || type.isBlank() || label == null || label.isBlank()) {
      throw new IllegalArgumentException("a source needs a type and a label (event " + seq + ")");
    }
  }
}
