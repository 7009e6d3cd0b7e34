package org.serge.council.constitution;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;
import org.serge.InvalidInputException;
import org.serge.council.Polity;
import org.serge.council.Rule;

/** Queries and checks of amendments and ratifications, shared by their motions' consequences and facts. */
public final class Amendments {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Amendments() {}

  /** The amendment with this id (its assembly motion's); bad input naming it when there is none. */
  public static ConstitutionAmendment amendment(Polity polity, String id) {
    return polity.constitutionAmendments.find(id).orElseThrow(() -> new InvalidInputException(null, 0, "amendment",
        "no amendment of a constitution '" + id + "'"));
  }

  /** The federation's amendment under vote or awaiting ratification, if any. */
  public static Optional<ConstitutionAmendment> pending(Polity polity, String federation) {
    return polity.constitutionAmendments.rows().stream()
        .filter(a -> a.federation().equals(federation) && a.isPending()).findFirst();
  }

  /** The federation's rule {@code amendment.ratification}. */
  public static Rule ratificationRule(Polity polity, String federation) {
    return polity.constitution(federation).rule("amendment.ratification").orElseThrow();
  }

  /** Whether {@code ratified} of the federation's member councils reach {@code amendment.ratification}. */
  static boolean ratifiedBy(Polity polity, String federation, long ratified) {
    return polity.constitution(federation).ratification().reachedBy(ratified,
        polity.memberCouncils(federation).size());
  }

  /** Whether so many councils declined that the rest, all ratifying, could no longer reach the share. */
  static boolean failedBy(Polity polity, String federation, long declined) {
    long councils = polity.memberCouncils(federation).size();
    return !polity.constitution(federation).ratification().reachedBy(councils - declined, councils);
  }

  /** A whole constitution from a motion's text (its JSON); bad input naming the key at fault. */
  static Constitution parse(String text) {
    return ConstitutionJson.read(tree(text, "constitution"), ConstitutionJson.Locator.NONE, "the motion's text");
  }

  /** The JSON object a motion's text holds; bad input naming {@code field} when it holds none. */
  static JsonNode tree(String text, String field) {
    try {
      JsonNode node = JSON.readTree(text == null ? "" : text);
      if (node == null || !node.isObject()) {
        throw new InvalidInputException(null, 0, field, "the motion's text must be a JSON object");
      }
      return node;
    } catch (JsonProcessingException e) {
      throw new InvalidInputException(null, 0, field, "the motion's text is not JSON: " + e.getOriginalMessage());
    }
  }
}
