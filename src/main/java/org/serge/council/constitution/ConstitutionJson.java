package org.serge.council.constitution;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.serge.InvalidInputException;
import org.serge.council.constitution.Constitution.Mandates;
import org.serge.council.constitution.Constitution.Moderators;

/**
 * A constitution to and from its JSON tree: the canonical form the record carries, and the
 * tree a YAML file parses into. Every problem is an {@link InvalidInputException} naming the
 * source, the line (through a {@link Locator}) and the key path ({@code decisions.plan.quorum}).
 * Unknown keys are refused, so a misspelt rule never silently falls back to a default.
 */
public final class ConstitutionJson {
  /** The format version this code reads and writes. */
  public static final int VERSION = 1;

  private static final Set<String> TOP =
      Set.of("serge-constitution", "name", "decisions", "mandates", "recall", "minority-reports",
          "moderation", "amendment", "overridable");

  /** Finds the line of a key path in the source, 0 when unknown. */
  @FunctionalInterface
  public interface Locator {
    Locator NONE = path -> 0;

    long line(String path);
  }

  private ConstitutionJson() {}

  /** Reads a constitution; throws InvalidInputException naming source, line and key path. */
  public static Constitution read(JsonNode root, Locator locator, String source) {
    return new Reader(locator, source).constitution(root);
  }

  /** The canonical JSON of {@code c}. */
  public static ObjectNode write(Constitution c) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode root = f.objectNode();
    root.put("serge-constitution", VERSION);
    root.put("name", c.name());
    ObjectNode decisions = root.putObject("decisions");
    for (String kind : Constitution.KINDS) {
      DecisionRule rule = c.decision(kind);
      ObjectNode d = decisions.putObject(kind);
      d.put("quorum", rule.quorum().toString());
      d.put("threshold", rule.threshold().text());
      d.put("period", rule.period().toString());
    }
    ObjectNode mandates = root.putObject("mandates");
    mandates.put("term", c.mandates().term().toString());
    mandates.put("consecutive-terms", c.mandates().consecutiveTerms());
    mandates.put("simultaneous", c.mandates().simultaneous());
    root.putObject("recall").put("petition", c.recallPetition().toString());
    root.putObject("minority-reports").put("members", c.minorityReportMembers());
    root.putObject("moderation").put("moderators", c.moderators().text());
    root.putObject("amendment").put("ratification", c.ratification().toString());
    ArrayNode overridable = root.putArray("overridable");
    new TreeSet<>(c.overridable()).forEach(overridable::add);
    return root;
  }

  private record Reader(Locator locator, String source) {
    Constitution constitution(JsonNode root) {
      if (root == null || !root.isObject()) {
        throw fail("", "a constitution is a mapping of rules (see docs/constitution.md)");
      }
      allowOnly(root, "", TOP);
      JsonNode version = root.get("serge-constitution");
      if (version == null || !version.isIntegralNumber() || version.intValue() != VERSION) {
        throw fail("serge-constitution", "must be " + VERSION + " (the format version this Serge reads)");
      }
      String name = text(root, "name", null);
      JsonNode decisionsNode = object(root, "decisions", true);
      allowOnly(decisionsNode, "decisions", Set.copyOf(Constitution.KINDS));
      Map<String, DecisionRule> decisions = new LinkedHashMap<>();
      DecisionRule ordinary = decision(decisionsNode, "ordinary", null);
      for (String kind : Constitution.KINDS) {
        decisions.put(kind, kind.equals("ordinary") ? ordinary : decision(decisionsNode, kind, ordinary));
      }
      JsonNode m = object(root, "mandates", false);
      allowOnly(m, "mandates", Set.of("term", "consecutive-terms", "simultaneous"));
      Mandates mandates = new Mandates(period(m, "mandates.term", "term", Period.ofYears(1)),
          (int) count(m, "mandates.consecutive-terms", "consecutive-terms", 2, 1),
          (int) count(m, "mandates.simultaneous", "simultaneous", 1, 1));
      JsonNode recall = object(root, "recall", false);
      allowOnly(recall, "recall", Set.of("petition"));
      JsonNode minority = object(root, "minority-reports", false);
      allowOnly(minority, "minority-reports", Set.of("members"));
      JsonNode moderation = object(root, "moderation", false);
      allowOnly(moderation, "moderation", Set.of("moderators"));
      JsonNode amendment = object(root, "amendment", false);
      allowOnly(amendment, "amendment", Set.of("ratification"));
      return new Constitution(name, decisions, mandates,
          fraction(recall, "recall.petition", "petition", new Fraction(1, 5)),
          (int) count(minority, "minority-reports.members", "members", 3, 1),
          moderators(moderation),
          fraction(amendment, "amendment.ratification", "ratification", Fraction.HALF),
          overridable(root));
    }

    private DecisionRule decision(JsonNode decisions, String kind, DecisionRule fallback) {
      String path = "decisions." + kind;
      JsonNode node = decisions.get(kind);
      if (node == null) {
        if (fallback == null || kind.equals("constitutional")) {
          throw fail(path, "is missing: every constitution says how " + kind + " decisions are taken");
        }
        return new DecisionRule(kind, fallback.quorum(), fallback.threshold(), fallback.period());
      }
      if (!node.isObject()) {
        throw fail(path, "must be a mapping with quorum, threshold and period");
      }
      allowOnly(node, path, Set.of("quorum", "threshold", "period"));
      Fraction quorum = fraction(node, path + ".quorum", "quorum", null);
      Threshold threshold;
      try {
        threshold = Threshold.parse(text(node, "threshold", path + ".threshold"));
      } catch (IllegalArgumentException e) {
        throw fail(path + ".threshold", e.getMessage());
      }
      Duration period = duration(node, path + ".period", "period", Duration.ofDays(7));
      return new DecisionRule(kind, quorum, threshold, period);
    }

    private Moderators moderators(JsonNode node) {
      JsonNode value = node.get("moderators");
      if (value == null) {
        return Moderators.ELECTED;
      }
      String text = value.asText();
      try {
        return Moderators.valueOf(text.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw fail("moderation.moderators", "'" + text + "' is neither 'elected' nor 'delegates'");
      }
    }

    private Set<String> overridable(JsonNode root) {
      JsonNode node = root.get("overridable");
      Set<String> ids = new HashSet<>();
      if (node == null) {
        return ids;
      }
      if (!node.isArray()) {
        throw fail("overridable", "must be a list of rule ids");
      }
      for (int i = 0; i < node.size(); i++) {
        String id = node.get(i).asText();
        if (!OVERRIDABLE_IDS.contains(id)) {
          throw fail("overridable[" + i + "]", "'" + id + "' is not a rule member councils can set (one of "
              + new TreeSet<>(OVERRIDABLE_IDS) + ")");
        }
        ids.add(id);
      }
      return ids;
    }

    private JsonNode object(JsonNode parent, String key, boolean required) {
      JsonNode node = parent.get(key);
      if (node == null) {
        if (required) {
          throw fail(key, "is missing");
        }
        return JsonNodeFactory.instance.objectNode();
      }
      if (!node.isObject()) {
        throw fail(key, "must be a mapping");
      }
      return node;
    }

    private String text(JsonNode parent, String key, String path) {
      JsonNode node = parent.get(key);
      String at = path == null ? key : path;
      if (node == null || !node.isValueNode() || node.isNull() || node.asText().isBlank()) {
        throw fail(at, "is missing");
      }
      return node.asText();
    }

    private Fraction fraction(JsonNode parent, String path, String key, Fraction fallback) {
      JsonNode node = parent.get(key);
      if (node == null && fallback != null) {
        return fallback;
      }
      try {
        return Fraction.parse(text(parent, key, path));
      } catch (IllegalArgumentException e) {
        throw fail(path, e.getMessage());
      }
    }

    private long count(JsonNode parent, String path, String key, long fallback, long least) {
      JsonNode node = parent.get(key);
      if (node == null) {
        return fallback;
      }
      if (!node.isIntegralNumber() || node.longValue() < least || node.longValue() > 1000) {
        throw fail(path, "'" + node.asText() + "' must be a whole number from " + least + " to 1000");
      }
      return node.longValue();
    }

    private Period period(JsonNode parent, String path, String key, Period fallback) {
      JsonNode node = parent.get(key);
      if (node == null) {
        return fallback;
      }
      try {
        Period p = Period.parse(node.asText());
        if (p.isNegative() || p.isZero()) {
          throw fail(path, "must be longer than zero");
        }
        return p;
      } catch (DateTimeParseException e) {
        throw fail(path, "'" + node.asText() + "' is not an ISO-8601 period such as P1Y or P6M");
      }
    }

    private Duration duration(JsonNode parent, String path, String key, Duration fallback) {
      JsonNode node = parent.get(key);
      if (node == null) {
        return fallback;
      }
      try {
        Duration d = Duration.parse(node.asText());
        if (d.isNegative()) {
          throw fail(path, "must not be negative");
        }
        return d;
      } catch (DateTimeParseException e) {
        throw fail(path, "'" + node.asText() + "' is not an ISO-8601 duration such as P7D or PT12H");
      }
    }

    private void allowOnly(JsonNode node, String path, Set<String> keys) {
      for (String key : (Iterable<String>) node::fieldNames) {
        if (!keys.contains(key)) {
          String at = path.isEmpty() ? key : path + "." + key;
          throw fail(at, "is not a rule (expected one of " + new TreeSet<>(keys) + ")");
        }
      }
    }

    private InvalidInputException fail(String path, String reason) {
      return new InvalidInputException(source, locator.line(path), path.isEmpty() ? null : path, reason);
    }
  }

  /** The rules a federation may let its member councils set for themselves. */
  static final Set<String> OVERRIDABLE_IDS;

  static {
    Set<String> ids = new HashSet<>();
    for (String kind : Constitution.KINDS) {
      if (!kind.equals("constitutional") && !kind.equals("ratification")) {
        ids.add("decisions." + kind);
      }
    }
    ids.addAll(Set.of("recall.petition", "minority-reports.members", "moderation.moderators"));
    OVERRIDABLE_IDS = Set.copyOf(ids);
  }
}
