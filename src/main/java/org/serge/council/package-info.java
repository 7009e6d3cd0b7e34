/**
 * The governing core: councils and federations, members and mandates, motions and votes,
 * all checked under a machine-enforced constitution ({@code council.constitution}), as a
 * pure core with no I/O.
 *
 * <p>The shape: an {@link org.serge.council.Action} (what someone asks to do) is decided
 * against the {@link org.serge.council.Polity} (the state the record makes) and either is
 * {@link org.serge.council.Refused} naming a {@link org.serge.council.Rule}, or yields
 * {@link org.serge.council.Fact}s, which the {@link org.serge.council.Appender} seals as
 * events of the public record and applies to the polity. Replaying the events through the
 * same facts rebuilds the same state ({@link org.serge.council.Replayer}); the query tables
 * ({@link org.serge.council.Table}) are what the stores persist and {@code verify} compares.
 * The CLI and the HTTP API submit the same actions to a {@link org.serge.council.PublicRecord};
 * rights are checked only here.
 */
package org.serge.council;
