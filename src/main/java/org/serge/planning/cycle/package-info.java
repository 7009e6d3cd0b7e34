/**
 * The participatory planning cycle: consumer (neighbourhood) councils propose demand,
 * producer (workplace) councils propose production, public demand (participatory budgets)
 * is added, and the engine answers each round with indicative prices in hours and every
 * product's excess demand, until the proposals balance.
 *
 * <p>Pure: no I/O, no clock in the results, no randomness except the seeded generator of
 * {@link org.serge.planning.cycle.SimulatedEconomy}. The pieces:
 * <ul>
 *   <li>{@link org.serge.planning.cycle.Frame} — products (each of one region), regions,
 *       resource limits, the hours limit per member;
 *   <li>{@link org.serge.planning.cycle.DemandProposal},
 *       {@link org.serge.planning.cycle.ProductionProposal},
 *       {@link org.serge.planning.cycle.Proposals} and
 *       {@link org.serge.planning.cycle.ProposalCheck}, which refuses bad proposals with a
 *       {@link org.serge.planning.cycle.ProposalRefused} naming the rule;
 *   <li>{@link org.serge.planning.cycle.Tally} (proposals and prices → sums and excess),
 *       {@link org.serge.planning.cycle.Technology} (the stated technology per product),
 *       {@link org.serge.planning.cycle.Trade} (use by region);
 *   <li>{@link org.serge.planning.cycle.PriceRule} (this round → next round's
 *       {@link org.serge.planning.cycle.Prices}): labour values plus scarcity premia, or a
 *       quasi-Newton step on excess demand;
 *   <li>{@link org.serge.planning.cycle.Cycle} — {@code replay} (the record's rounds →
 *       their prices, verdicts and the next prices) and {@code simulate} (the same with
 *       simulated councils: {@link org.serge.planning.cycle.CobbDouglasConsumer},
 *       {@link org.serge.planning.cycle.CobbDouglasProducer},
 *       {@link org.serge.planning.cycle.LeontiefProducer});
 *   <li>{@link org.serge.planning.cycle.Fallback} — a round's proposals as the plan LP's
 *       economy and targets, when the cycle does not converge.
 * </ul>
 * The algorithm, the convergence criterion and what must be recorded to recompute a round
 * are described in docs/planning-cycle.md.
 */
package org.serge.planning.cycle;
