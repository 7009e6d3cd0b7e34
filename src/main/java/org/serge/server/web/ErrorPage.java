package org.serge.server.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.serge.server.Call;

/** The page a browser sees when something was refused or went wrong: the message, and the rule or field at fault. */
public final class ErrorPage {
  private ErrorPage() {}

  public static String render(Call call, int status, JsonNode error) {
    String title = switch (status) {
      case 400 -> "That did not work";
      case 401 -> "Please sign in";
      case 403 -> "Not allowed";
      case 404 -> "Not found";
      case 429 -> "Too many attempts";
      default -> "Something went wrong";
    };
    Html page = new Html(call, title);
    page.raw("<p role=\"alert\">" + Html.e(error.path("error").asText()) + "</p>\n");
    JsonNode rule = error.get("rule");
    if (rule != null) {
      page.raw("<p>The rule: <strong>" + Html.e(rule.path("id").asText()) + "</strong> — "
          + Html.e(rule.path("text").asText()) + "</p>\n");
    }
    if (error.hasNonNull("field")) {
      page.raw("<p>The field at fault: <code>" + Html.e(error.get("field").asText()) + "</code></p>\n");
    }
    String back = call.ctx().header("Referer");
    page.raw("<p>" + Html.a(back != null && sameSite(call, back) ? back : "/", "Go back") + "</p>\n");
    if (status == 401) {
      page.raw("<p>" + Html.a("/sign-in", "Sign in") + "</p>\n");
    }
    return page.render();
  }

  private static boolean sameSite(Call call, String url) {
    String host = call.ctx().host();
    return host != null && (url.startsWith("http://" + host + "/") || url.startsWith("https://" + host + "/"));
  }
}
