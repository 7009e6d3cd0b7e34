-- The public record (org.serge.store): the event log, its head, and the sealed ballots of open
-- secret elections. docs/record.md, "Storage", explains each table. Portable SQL for H2 and
-- PostgreSQL: VARCHAR, BIGINT, BOOLEAN.

-- The log. seq is the primary key: two writers that both try to extend the same head collide
-- on it, so the chain cannot fork even if the head lock below were bypassed. Times are record
-- time text (2026-01-31T12:00:00.000Z); payload is the canonical JSON text that was hashed.
CREATE TABLE events (
  seq BIGINT NOT NULL PRIMARY KEY,
  time VARCHAR(32) NOT NULL,
  scope VARCHAR(200) NOT NULL,
  actor VARCHAR(200) NOT NULL,
  type VARCHAR(100) NOT NULL,
  payload VARCHAR(10000000) NOT NULL,
  prev_hash VARCHAR(64) NOT NULL,
  hash VARCHAR(64) NOT NULL,
  signature VARCHAR(100) NOT NULL,
  signer VARCHAR(16) NOT NULL
);

-- One row (id 1): the last event's seq and hash (0 and 64 zeros before the first). A writer
-- locks it (SELECT ... FOR UPDATE) before deciding, so writers in any process take turns.
CREATE TABLE record_head (
  id BIGINT NOT NULL PRIMARY KEY,
  seq BIGINT NOT NULL,
  hash VARCHAR(64) NOT NULL
);
INSERT INTO record_head (id, seq, hash) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

-- Sealed secret ballots of open elections, kept apart from the log. Nothing here may order
-- the ballots by when they were cast: a random id as the key, and no time, no seq, no
-- generated or increasing column. An election's ballots are deleted once published.
CREATE TABLE sealed_ballots (
  id VARCHAR(200) NOT NULL PRIMARY KEY,
  election VARCHAR(200) NOT NULL,
  ballot VARCHAR(1000000) NOT NULL,
  receipt VARCHAR(64) NOT NULL
);
CREATE INDEX sealed_ballots_election_idx ON sealed_ballots (election);
