-- The query tables of councils, members, memberships and keys (org.serge.council). Same table
-- and column names as the polity's Tables (Polity.tables()); docs/governance.md describes the
-- events that fill them. Rows are never deleted: an ended membership is a row with an end.
-- Portable SQL for H2 and PostgreSQL: VARCHAR, BIGINT, BOOLEAN. Times are record time text.

CREATE TABLE councils (
  id VARCHAR(200) NOT NULL PRIMARY KEY,
  name VARCHAR(200) NOT NULL,
  kind VARCHAR(32) NOT NULL,
  parent VARCHAR(200),
  constitution VARCHAR(1000000) NOT NULL,
  created VARCHAR(32) NOT NULL,
  seq BIGINT NOT NULL
);
CREATE INDEX councils_parent_idx ON councils (parent);

CREATE TABLE members (
  id VARCHAR(200) NOT NULL PRIMARY KEY,
  name VARCHAR(200) NOT NULL,
  registered VARCHAR(32) NOT NULL,
  seq BIGINT NOT NULL
);

CREATE TABLE memberships (
  id VARCHAR(200) NOT NULL PRIMARY KEY,
  council VARCHAR(200) NOT NULL,
  member VARCHAR(200) NOT NULL,
  since VARCHAR(32) NOT NULL,
  until VARCHAR(32),
  seq BIGINT NOT NULL,
  end_seq BIGINT
);
CREATE INDEX memberships_council_idx ON memberships (council);
CREATE INDEX memberships_member_idx ON memberships (member);

CREATE TABLE keys (
  id VARCHAR(200) NOT NULL PRIMARY KEY,
  member VARCHAR(200),
  public_key VARCHAR(100) NOT NULL,
  seq BIGINT NOT NULL
);
