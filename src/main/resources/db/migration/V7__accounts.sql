-- Accounts and invitations of the web application (org.serge.server.auth): private data, kept
-- apart from the public record and never part of it. docs/server.md explains them. Portable SQL
-- for H2 and PostgreSQL: VARCHAR, BIGINT, BOOLEAN.

-- One account per login and per member. password_hash is a PHC-format Argon2id string
-- ($argon2id$v=19$m=…,t=…,p=…$salt$hash); email is never shown to anyone.
CREATE TABLE accounts (
  login VARCHAR(64) NOT NULL PRIMARY KEY,
  email VARCHAR(320) NOT NULL,
  member VARCHAR(64) NOT NULL UNIQUE,
  password_hash VARCHAR(200) NOT NULL,
  created VARCHAR(32) NOT NULL
);

-- Invitations to join a council. Only the SHA-256 of the link's token is stored. used_by is null
-- until someone joins with it (single use).
CREATE TABLE invitations (
  token_hash VARCHAR(64) NOT NULL PRIMARY KEY,
  council VARCHAR(64) NOT NULL,
  invited_by VARCHAR(64) NOT NULL,
  created VARCHAR(32) NOT NULL,
  expires VARCHAR(32) NOT NULL,
  used_by VARCHAR(64)
);
