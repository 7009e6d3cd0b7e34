/**
 * Server-rendered pages: each shows what the API's view of the same path holds, escapes
 * everything, labels every field, carries the CSRF token in every form, and posts its forms
 * to the JSON API's routes. New pages (elections, budgets, planning rounds) are rows in
 * {@link org.serge.server.Routes} rendering with {@link org.serge.server.web.Html}.
 */
package org.serge.server.web;
