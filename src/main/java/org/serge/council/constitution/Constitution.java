package org.serge.council.constitution;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.serge.council.Payload;
import org.serge.council.Rule;

/**
 * The rules a federation (and every council in it) acts under, as data. Read from a file
 * by {@code formats.ConstitutionFile}, carried in the record as canonical JSON
 * ({@link ConstitutionJson}), and consulted by every action; docs/constitution.md describes
 * each rule. Immutable.
 *
 * @param name the federation's name for itself
 * @param decisions how each kind of decision is taken, by kind; always holds
 *     {@link #KINDS}
 * @param mandates terms and accumulation of delegates' mandates
 * @param recallPetition the share of a council's members whose petition opens a recall vote
 * @param minorityReportMembers how many members together may attach a minority report to a
 *     decision (anyone who voted against may always attach one)
 * @param moderators who may hide content
 * @param ratification the share of a federation's member councils that must ratify an
 *     amendment of the constitution adopted by its assembly
 * @param overridable the ids of the rules member councils may set for themselves
 */
public record Constitution(
    String name,
    Map<String, DecisionRule> decisions,
    Mandates mandates,
    Fraction recallPetition,
    int minorityReportMembers,
    Moderators moderators,
    Fraction ratification,
    Set<String> overridable) {

  /** The kinds of decision every constitution rules on, in the order documents list them. */
  public static final List<String> KINDS =
      List.of("ordinary", "plan", "election", "recall", "appeal", "constitutional", "ratification");

  public Constitution {
    decisions = Map.copyOf(decisions);
    overridable = Set.copyOf(overridable);
    for (String kind : KINDS) {
      if (!decisions.containsKey(kind)) {
        throw new IllegalArgumentException("no rule for " + kind + " decisions");
      }
    }
  }

  /** Delegates' mandates: term length, consecutive terms, simultaneous mandates. */
  public record Mandates(Period term, int consecutiveTerms, int simultaneous) {}

  /** Who may hide content: members elected as moderators, or the council's delegates. */
  public enum Moderators {
    ELECTED,
    DELEGATES;

    public String text() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** How a decision of {@code kind} is taken. */
  public DecisionRule decision(String kind) {
    DecisionRule rule = decisions.get(kind);
    if (rule == null) {
      throw new IllegalArgumentException("no decision kind '" + kind + "' (kinds: " + KINDS + ")");
    }
    return rule;
  }

  /** The rule with this id, with its text; empty when no rule has that id. */
  public Optional<Rule> rule(String id) {
    return rules().stream().filter(r -> r.id().equals(id)).findFirst();
  }

  /** Every rule, in the order of docs/constitution.md, with its text in plain words. */
  public List<Rule> rules() {
    List<Rule> rules = new ArrayList<>();
    for (String kind : KINDS) {
      rules.add(decisions.get(kind).rule());
    }
    rules.add(new Rule("mandates.term", "A delegate's mandate lasts " + Durations.words(mandates.term()) + "."));
    rules.add(new Rule("mandates.consecutive-terms",
        "No one holds the same mandate for more than " + mandates.consecutiveTerms() + " consecutive terms."));
    rules.add(new Rule("mandates.simultaneous",
        "No person holds more than " + mandates.simultaneous() + " mandate" + (mandates.simultaneous() == 1 ? "" : "s")
            + " at once."));
    rules.add(new Rule("recall.petition",
        "A petition of " + recallPetition + " of a council's members opens a vote to recall its delegate."));
    rules.add(new Rule("minority-reports.members",
        "Anyone who voted against a decision, or any " + minorityReportMembers
            + " members together, may attach a minority report to it."));
    rules.add(new Rule("moderation.moderators", moderators == Moderators.ELECTED
        ? "Only members elected as moderators may hide content, always with a reason."
        : "Only the council's delegates may hide content, always with a reason."));
    rules.add(new Rule("amendment.ratification",
        "An amendment adopted by the assembly takes effect once " + ratification + " of the member councils ratify it."));
    rules.add(new Rule("overridable",
        overridable.isEmpty() ? "Member councils follow every rule of the federation."
            : "Member councils may set for themselves: " + String.join(", ", overridable.stream().sorted().toList()) + "."));
    return rules;
  }

  /** This constitution as the canonical JSON the record carries. */
  public ObjectNode toJson() {
    return ConstitutionJson.write(this);
  }

  /** Reads the canonical JSON of {@link #toJson()} back (from an event's payload). */
  public static Constitution fromJson(Payload payload) {
    return ConstitutionJson.read(payload.node(), ConstitutionJson.Locator.NONE, payload.where());
  }
}
