/**
 * The web application and JSON API: an adapter over the governing core. Routes are listed
 * in one place ({@link org.serge.server.Routes}); handlers are thin, reading the polity or
 * submitting one core action as the signed-in member, so every right is the constitution's,
 * checked by the core exactly as for the CLI. {@code /openapi.json} is made from the same
 * route table. The cores never import this package. See docs/server.md.
 */
package org.serge.server;
