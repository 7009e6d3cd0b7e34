/**
 * The {@code serge} command line (picocli). Commands are thin: they read files through
 * {@code org.serge.formats}, call a core, and print a table or, with {@code --json}, JSON.
 */
package org.serge.cli;
