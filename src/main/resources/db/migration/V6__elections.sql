-- Elections and budgets on the record (org.serge.council.election): secret elections and
-- participatory-budgeting rounds, who may vote and who voted (public), the ballots published at
-- the close (without voters) and the counted results. Same table and column names as the polity's
-- Tables (Polity.tables()); docs/governance.md, "Elections and budgets on the record", describes the
-- events that fill them. Sealed ballots of open votes are not here: they are never part of the
-- public record (a store keeps the ballot box apart). Portable SQL for H2 and PostgreSQL: VARCHAR,
-- BIGINT, BOOLEAN. Times are record time text (2026-01-31T12:00:00.000Z); count sheets and
-- "for whom" figures are canonical JSON of up to 1,000,000 characters.

CREATE TABLE elections (
  id VARCHAR(200) NOT NULL PRIMARY KEY,
  council VARCHAR(64) NOT NULL,
  title VARCHAR(200) NOT NULL,
  seats BIGINT NOT NULL,
  method VARCHAR(32) NOT NULL,
  purpose VARCHAR(64) NOT NULL,
  opened_by VARCHAR(80) NOT NULL,
  opened VARCHAR(32) NOT NULL,
  closes VARCHAR(32) NOT NULL,
  status VARCHAR(32) NOT NULL,
  entitled BIGINT NOT NULL,
  voted BIGINT NOT NULL,
  rule VARCHAR(100) NOT NULL,
  elected VARCHAR(100000),
  sheet VARCHAR(1000000),
  seq BIGINT NOT NULL,
  closed_seq BIGINT
);
CREATE INDEX elections_council_idx ON elections (council);

CREATE TABLE election_candidates (
  id VARCHAR(200) NOT NULL PRIMARY KEY,
  election VARCHAR(200) NOT NULL,
  candidate VARCHAR(64) NOT NULL,
  name VARCHAR(200) NOT NULL,
  position BIGINT NOT NULL,
  elected BIGINT
);
CREATE INDEX election_candidates_election_idx ON election_candidates (election);

CREATE TABLE budget_rounds (
  id VARCHAR(200) NOT NULL PRIMARY KEY,
  council VARCHAR(64) NOT NULL,
  title VARCHAR(200) NOT NULL,
  budget BIGINT NOT NULL,
  method VARCHAR(32) NOT NULL,
  opened_by VARCHAR(80) NOT NULL,
  opened VARCHAR(32) NOT NULL,
  closes VARCHAR(32) NOT NULL,
  status VARCHAR(32) NOT NULL,
  entitled BIGINT NOT NULL,
  voted BIGINT NOT NULL,
  rule VARCHAR(100) NOT NULL,
  selected VARCHAR(100000),
  spent BIGINT,
  figures VARCHAR(1000000),
  seq BIGINT NOT NULL,
  closed_seq BIGINT
);
CREATE INDEX budget_rounds_council_idx ON budget_rounds (council);

CREATE TABLE budget_projects (
  id VARCHAR(200) NOT NULL PRIMARY KEY,
  round VARCHAR(200) NOT NULL,
  project VARCHAR(64) NOT NULL,
  name VARCHAR(200) NOT NULL,
  cost BIGINT NOT NULL,
  position BIGINT NOT NULL,
  supporters BIGINT,
  selected BIGINT
);
CREATE INDEX budget_projects_round_idx ON budget_projects (round);

CREATE TABLE electors (
  id VARCHAR(300) NOT NULL PRIMARY KEY,
  election VARCHAR(200) NOT NULL,
  member VARCHAR(64) NOT NULL,
  voted VARCHAR(32),
  voted_seq BIGINT
);
CREATE INDEX electors_election_idx ON electors (election);

CREATE TABLE published_ballots (
  id VARCHAR(300) NOT NULL PRIMARY KEY,
  election VARCHAR(200) NOT NULL,
  position BIGINT NOT NULL,
  ballot VARCHAR(100000) NOT NULL,
  receipt VARCHAR(64) NOT NULL
);
CREATE INDEX published_ballots_election_idx ON published_ballots (election);
