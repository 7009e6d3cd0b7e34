/**
 * The public record: an append-only, hash-chained, Ed25519-signed event log, as a pure
 * core (no I/O). {@link org.serge.record.Ledger} seals new events,
 * {@link org.serge.record.Verifier} checks a stream of them,
 * {@link org.serge.record.CanonicalJson} defines the bytes that are hashed,
 * {@link org.serge.record.EventJson} converts events to and from JSON lines, and
 * {@link org.serge.record.Replay} folds events into derived state. Storage adapters and
 * CLI commands build on this package; it imports none of them. See docs/record.md.
 */
package org.serge.record;
