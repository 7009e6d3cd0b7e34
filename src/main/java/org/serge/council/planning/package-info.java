/**
 * Planning rounds on the public record (issue 6 §1): a federation opens a round by a decision of
 * its assembly, its neighbourhood and workplace councils propose demand and production as actions,
 * iterations are closed by the engine of {@link org.serge.planning.cycle} and recomputed bit for bit
 * on every replay, and the converged (or fallback) plan goes to the assembly as a motion with subject
 * {@code plan}; its adoption records the plan as approved. Same Action → Fact → Event → Polity
 * pattern as the rest of {@link org.serge.council}; {@link org.serge.council.planning.PlanningRounds}
 * is the read API. Pure: no I/O.
 */
package org.serge.council.planning;
