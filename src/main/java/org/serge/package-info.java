/**
 * Serge: democratic economic planning by federated councils.
 *
 * <p>Pure cores ({@code planning}, later {@code voting}, {@code budgeting}, {@code council},
 * {@code record}) take data and return data; adapters at the edge ({@code formats},
 * {@code cli}) read and write files and talk to people. Dependencies point inward: no core
 * imports an adapter. This package holds only the error types every layer shares.
 */
package org.serge;
