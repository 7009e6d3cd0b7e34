/**
 * Writers of count sheets ({@link org.serge.voting.CountResult}): JSON (the shape the CLI
 * promises), plain text, CSV and HTML with an inline SVG chart of the transfers. They only
 * format; every number comes from the core.
 */
package org.serge.voting.report;
