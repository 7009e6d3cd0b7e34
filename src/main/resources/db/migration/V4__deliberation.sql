-- Deliberation (org.serge.council.deliberation): the query tables of proposals, their versions
-- and amendments, the debate, decisions with their minority reports, and moderation.
-- Same table and column names as the polity's Tables (Polity.tables()); docs/governance.md,
-- "Deliberation", describes the events that fill them. Rows are never deleted: hidden content
-- stays, with its hiding. Portable SQL for H2 and PostgreSQL: VARCHAR, BIGINT, BOOLEAN.
-- Times are record time text (2026-01-31T12:00:00.000Z); long texts hold up to 100,000 characters.

CREATE TABLE proposals (
  id VARCHAR(200) NOT NULL PRIMARY KEY,
  council VARCHAR(64) NOT NULL,
  kind VARCHAR(64) NOT NULL,
  author VARCHAR(64) NOT NULL,
  title VARCHAR(200) NOT NULL,
  version BIGINT NOT NULL,
  status VARCHAR(32) NOT NULL,
  motion VARCHAR(200),
  decision VARCHAR(200),
  hiding VARCHAR(200),
  created VARCHAR(32) NOT NULL,
  seq BIGINT NOT NULL
);
CREATE INDEX proposals_council_idx ON proposals (council);

CREATE TABLE proposal_versions (
  id VARCHAR(200) NOT NULL PRIMARY KEY,
  proposal VARCHAR(200) NOT NULL,
  version BIGINT NOT NULL,
  title VARCHAR(200) NOT NULL,
  text VARCHAR(100000) NOT NULL,
  author VARCHAR(64) NOT NULL,
  source VARCHAR(32) NOT NULL,
  amendment VARCHAR(200),
  decision VARCHAR(200),
  note VARCHAR(100000) NOT NULL,
  created VARCHAR(32) NOT NULL,
  seq BIGINT NOT NULL
);
CREATE INDEX proposal_versions_proposal_idx ON proposal_versions (proposal);

CREATE TABLE amendments (
  id VARCHAR(200) NOT NULL PRIMARY KEY,
  council VARCHAR(64) NOT NULL,
  proposal VARCHAR(200) NOT NULL,
  base_version BIGINT NOT NULL,
  author VARCHAR(64) NOT NULL,
  title VARCHAR(200) NOT NULL,
  text VARCHAR(100000) NOT NULL,
  reason VARCHAR(100000) NOT NULL,
  status VARCHAR(32) NOT NULL,
  motion VARCHAR(200),
  decision VARCHAR(200),
  version BIGINT,
  hiding VARCHAR(200),
  created VARCHAR(32) NOT NULL,
  seq BIGINT NOT NULL
);
CREATE INDEX amendments_proposal_idx ON amendments (proposal);

CREATE TABLE comments (
  id VARCHAR(200) NOT NULL PRIMARY KEY,
  council VARCHAR(64) NOT NULL,
  subject VARCHAR(200) NOT NULL,
  parent VARCHAR(200),
  author VARCHAR(64) NOT NULL,
  text VARCHAR(100000) NOT NULL,
  hiding VARCHAR(200),
  created VARCHAR(32) NOT NULL,
  seq BIGINT NOT NULL
);
CREATE INDEX comments_subject_idx ON comments (subject);

CREATE TABLE decisions (
  id VARCHAR(200) NOT NULL PRIMARY KEY,
  council VARCHAR(64) NOT NULL,
  motion VARCHAR(200) NOT NULL,
  kind VARCHAR(64) NOT NULL,
  subject_type VARCHAR(32) NOT NULL,
  subject_id VARCHAR(200) NOT NULL,
  proposal VARCHAR(200),
  version BIGINT,
  outcome VARCHAR(32) NOT NULL,
  rule VARCHAR(200) NOT NULL,
  yes BIGINT NOT NULL,
  no BIGINT NOT NULL,
  abstain BIGINT NOT NULL,
  entitled BIGINT NOT NULL,
  recorded VARCHAR(32) NOT NULL,
  seq BIGINT NOT NULL
);
CREATE INDEX decisions_council_idx ON decisions (council);
CREATE INDEX decisions_proposal_idx ON decisions (proposal);

CREATE TABLE minority_reports (
  id VARCHAR(200) NOT NULL PRIMARY KEY,
  council VARCHAR(64) NOT NULL,
  decision VARCHAR(200) NOT NULL,
  author VARCHAR(64) NOT NULL,
  title VARCHAR(200) NOT NULL,
  text VARCHAR(100000) NOT NULL,
  route VARCHAR(32) NOT NULL,
  status VARCHAR(32) NOT NULL,
  signatures BIGINT NOT NULL,
  hiding VARCHAR(200),
  written VARCHAR(32) NOT NULL,
  attached VARCHAR(32),
  seq BIGINT NOT NULL
);
CREATE INDEX minority_reports_decision_idx ON minority_reports (decision);

CREATE TABLE report_signatures (
  id VARCHAR(200) NOT NULL PRIMARY KEY,
  report VARCHAR(200) NOT NULL,
  member VARCHAR(64) NOT NULL,
  signed VARCHAR(32) NOT NULL,
  seq BIGINT NOT NULL
);
CREATE INDEX report_signatures_report_idx ON report_signatures (report);

CREATE TABLE hidings (
  id VARCHAR(200) NOT NULL PRIMARY KEY,
  council VARCHAR(64) NOT NULL,
  content VARCHAR(200) NOT NULL,
  content_type VARCHAR(32) NOT NULL,
  moderator VARCHAR(64) NOT NULL,
  reason VARCHAR(100000) NOT NULL,
  status VARCHAR(32) NOT NULL,
  appeal VARCHAR(200),
  decision VARCHAR(200),
  hidden VARCHAR(32) NOT NULL,
  ended VARCHAR(32),
  seq BIGINT NOT NULL,
  end_seq BIGINT
);
CREATE INDEX hidings_content_idx ON hidings (content);

CREATE TABLE appeals (
  id VARCHAR(200) NOT NULL PRIMARY KEY,
  council VARCHAR(64) NOT NULL,
  hiding VARCHAR(200) NOT NULL,
  content VARCHAR(200) NOT NULL,
  appellant VARCHAR(64) NOT NULL,
  grounds VARCHAR(100000) NOT NULL,
  status VARCHAR(32) NOT NULL,
  decision VARCHAR(200),
  opened VARCHAR(32) NOT NULL,
  seq BIGINT NOT NULL
);
CREATE INDEX appeals_hiding_idx ON appeals (hiding);

CREATE TABLE moderators (
  id VARCHAR(200) NOT NULL PRIMARY KEY,
  council VARCHAR(64) NOT NULL,
  member VARCHAR(64) NOT NULL,
  decision VARCHAR(200) NOT NULL,
  since VARCHAR(32) NOT NULL,
  seq BIGINT NOT NULL
);
CREATE INDEX moderators_council_idx ON moderators (council);
