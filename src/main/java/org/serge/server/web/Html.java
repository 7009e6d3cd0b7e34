package org.serge.server.web;

import java.util.List;
import org.serge.server.Call;
import org.serge.server.auth.Session;

/**
 * Writes a page: everything from outside is escaped ({@link #e}), every field has a label,
 * every form carries the session's CSRF token, and the layout gives each page the same
 * landmarks (banner, navigation, main, contentinfo). Not thread-safe: one per page.
 */
public final class Html {
  private final Call call;
  private final String title;
  private final StringBuilder main = new StringBuilder();
  private int ids;

  public Html(Call call, String title) {
    this.call = call;
    this.title = title;
  }

  /** The signed-in member, or null. */
  public String member() {
    return call.member();
  }

  /** Text escaped for HTML content and attribute values. */
  public static String e(Object text) {
    if (text == null) {
      return "";
    }
    String s = text.toString();
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** Appends trusted markup (built with {@link #e} from anything outside). */
  public Html raw(String html) {
    main.append(html);
    return this;
  }

  public Html h(int level, String text) {
    return raw("<h" + level + ">" + e(text) + "</h" + level + ">\n");
  }

  public Html p(String text) {
    return raw("<p>" + e(text) + "</p>\n");
  }

  /** A link. */
  public static String a(String href, String text) {
    return "<a href=\"" + e(href) + "\">" + e(text) + "</a>";
  }

  /** Words kept as written: paragraphs and line breaks. */
  public static String words(String text) {
    return "<div class=\"words\">" + e(text).replace("\n", "<br>") + "</div>";
  }

  /** A field of a form. */
  public record Field(String type, String name, String label, String value, List<String> options, boolean required) {
    public static Field text(String name, String label) {
      return new Field("text", name, label, null, List.of(), true);
    }

    public static Field area(String name, String label) {
      return new Field("textarea", name, label, null, List.of(), true);
    }

    /** A field that may be left empty. */
    public Field optional() {
      return new Field(type, name, label + " (optional)", value, options, false);
    }

    public static Field password(String name, String label) {
      return new Field("password", name, label, null, List.of(), true);
    }

    public static Field hidden(String name, String value) {
      return new Field("hidden", name, null, value, List.of(), false);
    }

    public static Field choice(String name, String label, List<String> options) {
      return new Field("select", name, label, null, options, true);
    }
  }

  /**
   * A form posting to {@code action} with the CSRF token; after it, the browser goes to
   * {@code next} (or sees the refusal, with the rule, on an error page).
   */
  public Html form(String action, String next, String button, Field... fields) {
    Session session = call.sessionOrStart();
    StringBuilder f = new StringBuilder("<form method=\"post\" action=\"" + e(action) + "\">\n");
    f.append("<input type=\"hidden\" name=\"_csrf\" value=\"").append(e(session.csrf())).append("\">\n");
    if (next != null) {
      f.append("<input type=\"hidden\" name=\"_next\" value=\"").append(e(next)).append("\">\n");
    }
    for (Field field : fields) {
      if (field.type().equals("hidden")) {
        f.append("<input type=\"hidden\" name=\"").append(e(field.name())).append("\" value=\"")
            .append(e(field.value())).append("\">\n");
        continue;
      }
      String id = "f" + (++ids);
      f.append("<p><label for=\"").append(id).append("\">").append(e(field.label())).append("</label>\n");
      switch (field.type()) {
        case "textarea" -> f.append("<textarea id=\"").append(id).append("\" name=\"").append(e(field.name()))
            .append("\" rows=\"4\"").append(field.required() ? " required" : "").append("></textarea>");
        case "select" -> {
          f.append("<select id=\"").append(id).append("\" name=\"").append(e(field.name())).append("\">");
          field.options().forEach(o -> f.append("<option>").append(e(o)).append("</option>"));
          f.append("</select>");
        }
        default -> f.append("<input id=\"").append(id).append("\" type=\"").append(field.type()).append("\" name=\"")
            .append(e(field.name())).append("\"").append(field.type().equals("password")
                ? " autocomplete=\"current-password\"" : "").append(field.required() ? " required>" : ">");
      }
      f.append("</p>\n");
    }
    f.append("<p><button type=\"submit\">").append(e(button)).append("</button></p>\n</form>\n");
    return raw(f.toString());
  }

  /** The whole page in the layout. */
  public String render() {
    Session session = call.session();
    String who = session != null && session.signedIn()
        ? "<li>Signed in as " + a("/api/members/" + session.member(), session.member()) + "</li><li>"
            + signOutForm(session) + "</li>"
        : "<li>" + a("/sign-in", "Sign in") + "</li>";
    return """
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>%s · Serge</title>
        <link rel="stylesheet" href="/static/serge.css">
        </head>
        <body>
        <a class="skip" href="#main">Skip to content</a>
        <header>
        <nav aria-label="Site">
        <ul>
        <li><a href="/">Serge</a></li>
        <li><a href="/record">Public record</a></li>
        %s
        </ul>
        </nav>
        </header>
        <main id="main">
        <h1>%s</h1>
        %s
        </main>
        <footer><p>Everything said and decided here is in the <a href="/record">public record</a>.
        <a href="/openapi.json">API</a></p></footer>
        </body>
        </html>
        """.formatted(e(title), who, e(title), main);
  }

  private static String signOutForm(Session session) {
    return "<form class=\"inline\" method=\"post\" action=\"/api/session/end\"><input type=\"hidden\" name=\"_csrf\""
        + " value=\"" + e(session.csrf()) + "\"><input type=\"hidden\" name=\"_next\" value=\"/\">"
        + "<button type=\"submit\">Sign out</button></form>";
  }
}
