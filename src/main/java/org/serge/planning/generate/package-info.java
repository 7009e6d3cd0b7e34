/** Seeded generators of synthetic economies for tests at scale and benchmarks. */
package org.serge.planning.generate;
