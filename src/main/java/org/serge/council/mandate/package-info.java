/**
 * Delegates and their mandates: a council (or a member federation) elects delegates to its
 * federation's assembly for the constitution's term, they may resign, and the council may
 * recall them at any time, by a petition of its members that opens a vote or by a motion.
 *
 * <p>The same shape as the rest of the governing core: actions ({@link
 * org.serge.council.mandate.ElectDelegate}, {@link org.serge.council.mandate.PetitionRecall}, …)
 * check the constitution and return facts; the facts change the polity's {@code mandates},
 * {@code recall_petitions} and {@code recall_signatures} tables. Elections and recalls are motions
 * whose consequences live here ({@link org.serge.council.mandate.DelegateConsequence}, {@link
 * org.serge.council.mandate.RecallConsequence}); every outcome is recorded as a decision. Who
 * may take a mandate is decided in one place, {@link org.serge.council.mandate.Mandates}, which a
 * secret-ballot election of delegates calls as well. Pure: no I/O, no clock but the action's
 * {@code now}.
 */
package org.serge.council.mandate;
