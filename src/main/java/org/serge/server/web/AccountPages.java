package org.serge.server.web;

import org.serge.server.Call;
import org.serge.server.auth.Invitation;
import org.serge.server.web.Html.Field;

/** Pages of signing in and joining a council with an invitation. */
public final class AccountPages {
  private AccountPages() {}

  public static String signIn(Call call) {
    Html page = new Html(call, "Sign in");
    if (call.member() != null) {
      page.p("You are signed in as " + call.member() + ".");
    }
    page.form("/api/session", "/", "Sign in", Field.text("login", "Login"), Field.password("password", "Password"));
    page.p("New here? A member of your council sends you an invitation link to join.");
    return page.render();
  }

  public static String join(Call call) {
    String token = call.ctx().pathParam("token");
    Invitation invitation = call.app().accounts().invitation(token);
    Html page = new Html(call, "Join " + invitation.council());
    page.p(invitation.invitedBy() + " invites you to join the council " + invitation.council()
        + ". Choose your member id (it is public, for ever, and is also your login), your name as others will see"
        + " it, and a password of at least 10 characters.");
    page.form("/api/accounts", "/councils/" + invitation.council(), "Join",
        Field.hidden("invitation", token), Field.text("member", "Member id (lower-case letters, digits, - . _)"),
        Field.text("name", "Name"), Field.text("email", "Email, never shown to anyone").optional(),
        Field.password("password", "Password"));
    return page.render();
  }
}
