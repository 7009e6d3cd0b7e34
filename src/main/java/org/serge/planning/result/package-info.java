/** Results of the planning engine: plain data, separate from the solvers that produce them. */
package org.serge.planning.result;
