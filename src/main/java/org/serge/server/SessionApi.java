package org.serge.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.serge.server.auth.Account;
import org.serge.server.auth.Session;

/** Handlers of signing in and out and joining with an invitation. */
final class SessionApi {
  private SessionApi() {}

  /** The session (started if none): who is signed in, and the CSRF token to send with changes. */
  static JsonNode session(Call call) {
    return state(call.sessionOrStart());
  }

  static JsonNode signIn(Call call) {
    Account account = call.app().accounts().signIn(call.text("login"), call.text("password"), call.ctx().ip());
    Session s = call.app().sessions().signIn(call.session(), account.member());
    call.use(s);
    return state(s);
  }

  static JsonNode signOut(Call call) {
    call.app().sessions().end(call.session());
    Session s = call.app().sessions().startVisitor();
    call.use(s);
    return state(s);
  }

  /** Joins a council with an invitation: registers, makes the account, is admitted, and signs in. */
  static JsonNode join(Call call) {
    Account account = call.app().accounts().join(call.required("invitation"), call.required("member"),
        call.required("name"), call.text("email"), call.required("password"));
    Session s = call.app().sessions().signIn(call.session(), account.member());
    call.use(s);
    return state(s);
  }

  static ObjectNode state(Session s) {
    ObjectNode node = Json.MAPPER.createObjectNode();
    node.put("member", s.member());
    node.put("csrf", s.csrf());
    return node;
  }
}
