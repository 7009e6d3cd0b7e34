/**
 * Secret elections and participatory budgets on the record: opened in a council under its
 * constitution, cast as sealed ballots that never enter the log (only who voted does),
 * closed by publishing every ballot in one shuffled batch and counting it with the engines
 * of {@code org.serge.voting} and {@code org.serge.budgeting}; every replay recounts. Same
 * Action → Fact → Event → Polity pattern as the rest of the council core; docs/governance.md,
 * "Elections and budgets on the record", describes the events, the rules and the secrecy
 * argument.
 */
package org.serge.council.election;
