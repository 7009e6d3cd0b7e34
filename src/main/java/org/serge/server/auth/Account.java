package org.serge.server.auth;

/**
 * A way to sign in as a member: a login (chosen at registration, unique), the member of the
 * public record it acts as, and the Argon2id hash of its password ({@link Passwords}).
 * Credentials are private: accounts live in their own table, never in the public record.
 *
 * @param login what the person types to sign in: lower-case letters, digits, '.', '-', '_'
 * @param email where to reach them, or "" (not shown to anyone)
 * @param member the member id in the public record
 * @param passwordHash PHC-format Argon2id hash
 * @param created record-time text of its creation
 */
public record Account(String login, String email, String member, String passwordHash, String created) {}
