/**
 * Accounts and sessions of the web application: Argon2id passwords, sessions with CSRF
 * tokens, rate-limited sign-in and invitations to join a council. Credentials are private and
 * never enter the public record; rights are the core's ({@code org.serge.council}), never
 * decided here. See docs/server.md.
 */
package org.serge.server.auth;
