/**
 * The planning model: an {@link org.serge.planning.model.Economy} of products, alternative
 * technologies, labour and limited resources, and the square
 * {@link org.serge.planning.model.InputOutputSystem} of one technology choice. Pure data,
 * immutable once built; no I/O.
 */
package org.serge.planning.model;
