package org.serge.council.constitution;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.serge.InvalidInputException;
import org.serge.council.Refused;
import org.serge.council.Rule;

/**
 * Rules a member council sets for itself, over the rules it inherits. The overrides are a
 * partial constitution in the same JSON form ({@code {"decisions":{"ordinary":{…}}}}); only
 * the rules the federation lists as {@code overridable} may appear, and only those take effect:
 * an override the federation no longer allows (after an amendment) lapses.
 */
public final class Overrides {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Overrides() {}

  /** Reads a whole constitution from its canonical JSON text (as a council row holds it). */
  public static Constitution parseCanonical(String json, String where) {
    return ConstitutionJson.read(tree(json, where), ConstitutionJson.Locator.NONE, where);
  }

  /**
   * The inherited constitution with the overrides (canonical JSON text, maybe "{}") on top; an
   * override of a rule the inherited constitution does not list as overridable has no effect.
   */
  public static Constitution apply(Constitution inherited, String overridesJson, String where) {
    JsonNode overrides = tree(overridesJson == null ? "{}" : overridesJson, where);
    if (overrides.isEmpty()) {
      return inherited;
    }
    ObjectNode merged = inherited.toJson();
    merge(merged, allowedOnly(inherited, overrides));
    return ConstitutionJson.read(merged, ConstitutionJson.Locator.NONE, where);
  }

  /** The ids of the rules the overrides set: {@code decisions.ordinary}, {@code recall.petition}. */
  public static Set<String> ruleIds(JsonNode overrides) {
    Set<String> ids = new TreeSet<>();
    for (Map.Entry<String, JsonNode> section : overrides.properties()) {
      if (section.getValue().isObject()) {
        section.getValue().fieldNames().forEachRemaining(key -> ids.add(section.getKey() + "." + key));
      } else {
        ids.add(section.getKey());
      }
    }
    return ids;
  }

  /**
   * Refuses overrides of rules the inherited constitution does not let member councils set.
   *
   * @throws Refused naming the rule {@code overridable}
   */
  public static void checkAllowed(Constitution inherited, JsonNode overrides) {
    Rule overridable = inherited.rule("overridable").orElseThrow();
    for (String id : ruleIds(overrides)) {
      if (!inherited.overridable().contains(id)) {
        throw new Refused(overridable, "a member council may not set its own " + id);
      }
    }
  }

  /**
   * A council's own rules after a change: {@code own} with {@code change} on top, where a rule set
   * to null is removed (the council follows the inherited rule again). Neither argument changes.
   */
  public static ObjectNode combine(JsonNode own, JsonNode change) {
    ObjectNode result = own.deepCopy();
    for (Map.Entry<String, JsonNode> section : change.properties()) {
      JsonNode value = section.getValue();
      JsonNode existing = result.get(section.getKey());
      if (value.isObject() && existing instanceof ObjectNode object) {
        ObjectNode combined = combine(object, value);
        if (combined.isEmpty()) {
          result.remove(section.getKey());
        } else {
          result.set(section.getKey(), combined);
        }
      } else if (value.isObject()) {
        ObjectNode fresh = combine(JSON.createObjectNode(), value);
        if (!fresh.isEmpty()) {
          result.set(section.getKey(), fresh);
        }
      } else if (value.isNull()) {
        result.remove(section.getKey());
      } else {
        result.set(section.getKey(), value.deepCopy());
      }
    }
    return result;
  }

  private static JsonNode allowedOnly(Constitution inherited, JsonNode overrides) {
    ObjectNode kept = JSON.createObjectNode();
    for (Map.Entry<String, JsonNode> section : overrides.properties()) {
      if (!section.getValue().isObject()) {
        if (inherited.overridable().contains(section.getKey())) {
          kept.set(section.getKey(), section.getValue());
        }
        continue;
      }
      ObjectNode rules = JSON.createObjectNode();
      section.getValue().properties().forEach(rule -> {
        if (inherited.overridable().contains(section.getKey() + "." + rule.getKey())) {
          rules.set(rule.getKey(), rule.getValue());
        }
      });
      if (!rules.isEmpty()) {
        kept.set(section.getKey(), rules);
      }
    }
    return kept;
  }

  private static void merge(ObjectNode target, JsonNode overrides) {
    Iterator<Map.Entry<String, JsonNode>> fields = overrides.properties().iterator();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      JsonNode existing = target.get(field.getKey());
      if (existing instanceof ObjectNode object && field.getValue().isObject()) {
        merge(object, field.getValue());
      } else {
        target.set(field.getKey(), field.getValue().deepCopy());
      }
    }
  }

  private static JsonNode tree(String json, String where) {
    try {
      return JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new InvalidInputException(where, 0, "constitution", "is not JSON: " + e.getOriginalMessage());
    }
  }
}
