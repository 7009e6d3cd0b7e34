package org.serge.server.web;

import static org.serge.server.web.Html.e;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.serge.server.Call;

/**
 * The form that makes or revises a council's proposal in a planning round, filled in with the
 * proposal in force: for a workplace council its product, output, inputs by product, hours and
 * capacity; for a neighbourhood council the hours each member offers and the quantities asked for.
 */
final class RoundForm {
  private RoundForm() {}

  static String form(Call call, String round, String council, boolean production, List<String> products,
      JsonNode figures) {
    String here = "/rounds/" + round;
    StringBuilder f = new StringBuilder(ElectionPages.formStart(call, "/api/rounds/" + round + "/proposals",
        "round-proposal"));
    f.append("<input type=\"hidden\" name=\"_next\" value=\"").append(e(here)).append("\">\n<input type=\"hidden\""
        + " name=\"council\" value=\"").append(e(council)).append("\">\n<fieldset><legend>")
        .append(production ? "What we make and what it takes" : "What we ask for and the hours we offer")
        .append("</legend>\n");
    if (production) {
      String made = figures == null ? products.getFirst() : figures.path("product").asText();
      f.append("<p><label for=\"product-").append(e(council)).append("\">Product</label><select id=\"product-")
          .append(e(council)).append("\" name=\"product\">");
      products.forEach(p -> f.append("<option").append(p.equals(made) ? " selected" : "").append(">").append(e(p))
          .append("</option>"));
      f.append("</select></p>\n");
      f.append(number(council, "output", "Output (units)", value(figures, "output")));
      f.append(number(council, "hours", "Hours of work in all", value(figures, "hours")));
      for (String p : products) {
        f.append(number(council, "input-" + p, "Input of " + p + " (units)", figures == null ? ""
            : figures.path("inputs").path(p).asText("")));
      }
      String capacity = value(figures, "capacity");
      f.append(number(council, "capacity", "Most we can make (blank: no limit)",
          capacity.equals("Infinity") ? "" : capacity));
    } else {
      f.append(number(council, "hours_per_member", "Hours each member offers", value(figures, "hoursPerMember")));
      for (String p : products) {
        f.append(number(council, "quantity-" + p, "Quantity of " + p + " (units, for all of us)", figures == null
            ? "" : figures.path("quantities").path(p).asText("")));
      }
    }
    return f.append("</fieldset>\n<p><button type=\"submit\">").append(figures == null ? "Propose" : "Revise our"
        + " proposal").append("</button></p>\n</form>\n").toString();
  }

  private static String value(JsonNode figures, String field) {
    return figures == null ? "" : figures.path(field).asText("");
  }

  private static String number(String council, String name, String label, String value) {
    String id = name + "-" + council;
    return "<p><label for=\"" + e(id) + "\">" + e(label) + "</label><input id=\"" + e(id) + "\" type=\"text\""
        + " inputmode=\"decimal\" name=\"" + e(name) + "\" value=\"" + e(value) + "\"></p>\n";
  }
}
