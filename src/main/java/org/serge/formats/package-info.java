/**
 * Readers and writers of the file formats Serge exchanges with the world: the ONS
 * input-output tables, Serge's own economy, demand and target files, MPS linear programs.
 * Every reader reports bad input as an {@link org.serge.InvalidInputException} naming the
 * file, line and field. This is an adapter layer: the pure cores never import it.
 */
package org.serge.formats;
