package org.serge.store;

/** The store contract on PostgreSQL: a fresh database per test (see {@link Postgres}). */
class PostgresStoreTest extends StoreContract {
  @Override
  Database newDatabase() {
    return Postgres.freshDatabase();
  }
}
