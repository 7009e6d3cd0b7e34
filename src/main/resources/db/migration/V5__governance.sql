-- Governance (org.serge.council.mandate, org.serge.council.constitution): recall petitions and
-- their signatures, amendments of a constitution and the member councils' ratifications. Mandates
-- themselves live in the core's mandates table. Same table and column names as the polity's
-- Tables (Polity.tables()); docs/governance.md, "Mandates, recall and amendments", describes the
-- events that fill them. Rows are never deleted. Portable SQL for H2 and PostgreSQL: VARCHAR,
-- BIGINT, BOOLEAN. Times are record time text (2026-01-31T12:00:00.000Z).

CREATE TABLE recall_petitions (
  id VARCHAR(200) NOT NULL PRIMARY KEY,
  council VARCHAR(64) NOT NULL,
  mandate VARCHAR(300) NOT NULL,
  delegate VARCHAR(64) NOT NULL,
  petitioner VARCHAR(64) NOT NULL,
  grounds VARCHAR(100000) NOT NULL,
  status VARCHAR(32) NOT NULL,
  signatures BIGINT NOT NULL,
  motion VARCHAR(200),
  decision VARCHAR(200),
  started VARCHAR(32) NOT NULL,
  seq BIGINT NOT NULL
);
CREATE INDEX recall_petitions_mandate_idx ON recall_petitions (mandate);

CREATE TABLE recall_signatures (
  id VARCHAR(300) NOT NULL PRIMARY KEY,
  petition VARCHAR(200) NOT NULL,
  member VARCHAR(64) NOT NULL,
  signed VARCHAR(32) NOT NULL,
  seq BIGINT NOT NULL
);
CREATE INDEX recall_signatures_petition_idx ON recall_signatures (petition);

CREATE TABLE constitution_amendments (
  id VARCHAR(200) NOT NULL PRIMARY KEY,
  federation VARCHAR(64) NOT NULL,
  constitution VARCHAR(100000) NOT NULL,
  status VARCHAR(32) NOT NULL,
  decision VARCHAR(200),
  ratified BIGINT NOT NULL,
  declined BIGINT NOT NULL,
  proposed VARCHAR(32) NOT NULL,
  in_force VARCHAR(32),
  seq BIGINT NOT NULL
);
CREATE INDEX constitution_amendments_federation_idx ON constitution_amendments (federation);

CREATE TABLE ratifications (
  id VARCHAR(300) NOT NULL PRIMARY KEY,
  amendment VARCHAR(200) NOT NULL,
  council VARCHAR(64) NOT NULL,
  outcome VARCHAR(32) NOT NULL,
  decision VARCHAR(200) NOT NULL,
  decided VARCHAR(32) NOT NULL,
  seq BIGINT NOT NULL
);
CREATE INDEX ratifications_amendment_idx ON ratifications (amendment);
