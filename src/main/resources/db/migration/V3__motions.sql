-- The query tables of mandates, motions and votes (org.serge.council, org.serge.council.motion).
-- Same table and column names as the polity's Tables (Polity.tables()). A vote row is the
-- voter's standing vote (a later vote replaces it; the log keeps both). Portable SQL for H2
-- and PostgreSQL: VARCHAR, BIGINT, BOOLEAN. Times are record time text.

CREATE TABLE mandates (
  id VARCHAR(200) NOT NULL PRIMARY KEY,
  member VARCHAR(200) NOT NULL,
  council VARCHAR(200) NOT NULL,
  federation VARCHAR(200) NOT NULL,
  start VARCHAR(32) NOT NULL,
  term_end VARCHAR(32) NOT NULL,
  ended VARCHAR(32),
  end_reason VARCHAR(32),
  seq BIGINT NOT NULL,
  end_seq BIGINT
);
CREATE INDEX mandates_federation_idx ON mandates (federation);
CREATE INDEX mandates_member_idx ON mandates (member);

CREATE TABLE motions (
  id VARCHAR(200) NOT NULL PRIMARY KEY,
  council VARCHAR(200) NOT NULL,
  kind VARCHAR(64) NOT NULL,
  title VARCHAR(100000) NOT NULL,
  text VARCHAR(1000000) NOT NULL,
  subject_type VARCHAR(32) NOT NULL,
  subject_id VARCHAR(200),
  opened_by VARCHAR(200) NOT NULL,
  opened VARCHAR(32) NOT NULL,
  closes VARCHAR(32) NOT NULL,
  status VARCHAR(32) NOT NULL,
  yes BIGINT,
  no BIGINT,
  abstain BIGINT,
  entitled BIGINT,
  seq BIGINT NOT NULL,
  closed_seq BIGINT
);
CREATE INDEX motions_council_idx ON motions (council);

CREATE TABLE votes (
  id VARCHAR(200) NOT NULL PRIMARY KEY,
  motion VARCHAR(200) NOT NULL,
  voter VARCHAR(200) NOT NULL,
  choice VARCHAR(16) NOT NULL,
  time VARCHAR(32) NOT NULL,
  seq BIGINT NOT NULL
);
CREATE INDEX votes_motion_idx ON votes (motion);
