package org.serge.council;

import java.util.Map;

/**
 * One row of a query table: a key unique within its table and named column values. The
 * store writes rows to SQL tables of the same name and columns; {@code verify} rebuilds
 * them from the log and compares. Values are {@link String}, {@link Long}, {@link Boolean}
 * or null (times as {@code Event.timeText()} strings, decimals as strings), so that what is
 * stored compares exactly with what is rebuilt.
 */
public interface Row {
  /** The row's key, unique within its table. */
  String key();

  /** The column values by column name, in the table's column order (the key included). */
  Map<String, Object> columns();
}
