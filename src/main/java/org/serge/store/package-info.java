/**
 * The public record in a database: {@link org.serge.store.JdbcRecord}, a
 * {@link org.serge.council.PublicRecord} over JDBC for embedded H2 (the default, a file in the
 * data directory) and PostgreSQL, with its Flyway migrations ({@code db/migration}).
 *
 * <p>An adapter at the edge: it persists what the pure cores ({@code council}, {@code record})
 * decide, and holds no rule of its own. Every submission is one transaction (events, the query
 * rows they change, sealed ballots) under a database-level lock on the log's head, so writers
 * in any number of processes never fork the chain. {@link org.serge.store.StoreVerifier}
 * replays the whole log from nothing and compares every stored row; {@link
 * org.serge.store.RecordTransfer} exports and imports the log as JSON lines. docs/record.md,
 * "Storage", describes the schema, locking, the key file, verify and import/export.
 */
package org.serge.store;
