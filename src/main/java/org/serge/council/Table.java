package org.serge.council;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A query table held in memory: rows by key, in insertion order, with the keys changed
 * since the store last wrote them. Rows are never removed (nothing in the record is
 * deleted: an ended membership is a row with an end date).
 *
 * <p>Not thread-safe: a {@link Polity} is read and changed under its record's lock.
 *
 * @param <T> the row type
 */
public final class Table<T extends Row> {
  private final String name;
  private final List<String> columns;
  private final Map<String, T> rows = new LinkedHashMap<>();
  private final Set<String> changed = new LinkedHashSet<>();

  /**
   * @param name the SQL table's name
   * @param columns the SQL table's columns, in order; the first is the key column
   */
  public Table(String name, List<String> columns) {
    this.name = name;
    this.columns = List.copyOf(columns);
  }

  public String name() {
    return name;
  }

  /** The columns, in order; the first is the key column. */
  public List<String> columns() {
    return columns;
  }

  /** The row with this key, if any. */
  public Optional<T> find(String key) {
    return Optional.ofNullable(rows.get(key));
  }

  public boolean contains(String key) {
    return rows.containsKey(key);
  }

  /** Adds or replaces the row with {@code row.key()}. */
  public void put(T row) {
    rows.put(row.key(), row);
    changed.add(row.key());
  }

  /** Every row, in the order first added; a read-only view. */
  public Collection<T> rows() {
    return Collections.unmodifiableCollection(rows.values());
  }

  public int size() {
    return rows.size();
  }

  /** Whether rows changed since {@link #takeChanged} was last called. */
  public boolean hasChanges() {
    return !changed.isEmpty();
  }

  /** The rows changed since the last call (for the store to write), and forgets them. */
  public List<T> takeChanged() {
    List<T> result = new ArrayList<>(changed.size());
    for (String key : changed) {
      result.add(rows.get(key));
    }
    changed.clear();
    return result;
  }
}
