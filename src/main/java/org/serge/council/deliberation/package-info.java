/**
 * Deliberation where dissent survives: proposals with versions that are never overwritten,
 * amendments accepted by the author or decided by vote, threaded comments, decisions that
 * always carry their minority reports, and moderation that hides but never deletes, with a
 * reason, and can be appealed to the council.
 *
 * <p>The same shape as the rest of the governing core: actions ({@link
 * org.serge.council.deliberation.Propose}, {@link org.serge.council.deliberation.HideContent}, …)
 * check the constitution and return facts; the facts change query tables of the {@link
 * org.serge.council.Polity}. Votes go through the core's motions: a motion whose subject is a
 * {@code proposal}, an {@code amendment}, an {@code appeal} or a {@code moderator} has its
 * consequence here ({@link org.serge.council.deliberation.ProposalConsequence} and its siblings), which
 * records a {@link org.serge.council.deliberation.Decision} for every outcome. Queries that show
 * a decision go through {@link org.serge.council.deliberation.Deliberation#decision}, which
 * returns it with its minority reports. Pure: no I/O, no clock but the action's {@code now}.
 */
package org.serge.council.deliberation;
