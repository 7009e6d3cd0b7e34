-- Planning rounds on the record (org.serge.council.planning): rounds opened by a federation's
-- decision, every council's proposals (the current one and those it replaced), the iterations the
-- engine closed (recomputed on every replay) and the plans drafted, voted on and approved. Same table
-- and column names as the polity's Tables (Polity.tables()); docs/planning-cycle.md, "On the record",
-- describes the events that fill them. Portable SQL for H2 and PostgreSQL: VARCHAR, BIGINT, BOOLEAN.
-- Numbers inside the JSON columns are Double.toString strings (canonical JSON of up to 1,000,000
-- characters); times are record time text.

CREATE TABLE rounds (
  id VARCHAR(200) NOT NULL PRIMARY KEY,
  federation VARCHAR(64) NOT NULL,
  title VARCHAR(200) NOT NULL,
  period VARCHAR(200) NOT NULL,
  decision VARCHAR(200) NOT NULL,
  spec VARCHAR(1000000) NOT NULL,
  regions VARCHAR(100000) NOT NULL,
  public_demand VARCHAR(1000000) NOT NULL,
  status VARCHAR(32) NOT NULL,
  iteration BIGINT,
  phase_start BIGINT NOT NULL,
  plan VARCHAR(200),
  opened_by VARCHAR(80) NOT NULL,
  opened VARCHAR(32) NOT NULL,
  seq BIGINT NOT NULL
);
CREATE INDEX rounds_federation_idx ON rounds (federation);

CREATE TABLE round_proposals (
  id VARCHAR(200) NOT NULL PRIMARY KEY,
  round VARCHAR(200) NOT NULL,
  council VARCHAR(64) NOT NULL,
  kind VARCHAR(32) NOT NULL,
  proposal VARCHAR(1000000) NOT NULL,
  submitted_by VARCHAR(64) NOT NULL,
  submitted VARCHAR(32) NOT NULL,
  status VARCHAR(32) NOT NULL,
  replaced_seq BIGINT,
  seq BIGINT NOT NULL
);
CREATE INDEX round_proposals_round_idx ON round_proposals (round);

CREATE TABLE round_iterations (
  id VARCHAR(300) NOT NULL PRIMARY KEY,
  round VARCHAR(200) NOT NULL,
  number BIGINT NOT NULL,
  proposals VARCHAR(1000000) NOT NULL,
  tally VARCHAR(1000000),
  largest_excess VARCHAR(64),
  converged BOOLEAN NOT NULL,
  prices VARCHAR(1000000) NOT NULL,
  closed_by VARCHAR(80) NOT NULL,
  closed VARCHAR(32) NOT NULL,
  seq BIGINT NOT NULL
);
CREATE INDEX round_iterations_round_idx ON round_iterations (round);

CREATE TABLE plans (
  id VARCHAR(200) NOT NULL PRIMARY KEY,
  round VARCHAR(200) NOT NULL,
  federation VARCHAR(64) NOT NULL,
  iteration BIGINT NOT NULL,
  source VARCHAR(32) NOT NULL,
  amends VARCHAR(200),
  status VARCHAR(32) NOT NULL,
  motion VARCHAR(200),
  decision VARCHAR(200),
  figures VARCHAR(1000000),
  drafted VARCHAR(32) NOT NULL,
  seq BIGINT NOT NULL,
  decided_seq BIGINT
);
CREATE INDEX plans_round_idx ON plans (round);
