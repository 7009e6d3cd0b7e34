package org.serge.store;

/**
 * What {@code verify} found in a store: every event and every stored row checks out, or the
 * first thing that does not: an event (its seq and why), or a query table's row (the table,
 * the row's key and how it differs from the row the log makes).
 *
 * @param events the events read
 * @param failedSeq the seq of the first event that does not check out, or 0
 * @param table the table with a row that differs, is missing or is extra, or null
 * @param key that row's key, or null
 * @param problem one sentence saying what is wrong, or null when everything checks out
 */
public record StoreReport(long events, long failedSeq, String table, String key, String problem) {
  static StoreReport passed(long events) {
    return new StoreReport(events, 0, null, null, null);
  }

  public boolean ok() {
    return problem == null;
  }

  /** One line for people: the problem, or what checked out. */
  public String message() {
    return ok() ? events + " events and every query table check out" : problem;
  }
}
