/**
 * The constitution: its rules as data ({@link org.serge.council.constitution.Constitution},
 * {@link org.serge.council.constitution.DecisionRule}, {@link org.serge.council.constitution.Threshold},
 * {@link org.serge.council.constitution.Fraction}), their canonical JSON ({@link
 * org.serge.council.constitution.ConstitutionJson}) and the overrides member councils set for
 * themselves ({@link org.serge.council.constitution.Overrides}); and how it changes, only by
 * decision: an amendment adopted by a top-level federation's assembly and ratified by its member
 * councils ({@link org.serge.council.constitution.ConstitutionConsequence}, {@link
 * org.serge.council.constitution.RatificationConsequence}), and a council's decision on its own
 * rules ({@link org.serge.council.constitution.OverrideConsequence}). docs/constitution.md lists
 * every rule. Pure: no I/O.
 */
package org.serge.council.constitution;
