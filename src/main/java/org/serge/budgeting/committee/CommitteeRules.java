package org.serge.budgeting.committee;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The implemented committee rules, by abcvoting rule id. */
public final class CommitteeRules {
  private static final Map<String, CommitteeRule> RULES = new LinkedHashMap<>();

  static {
    add(OptimizingRule.thiele("av", ThieleWeights.AV));
    add(OptimizingRule.thiele("sav", ThieleWeights.SAV));
    add(OptimizingRule.thiele("pav", ThieleWeights.PAV));
    add(OptimizingRule.thiele("slav", ThieleWeights.SLAV));
    add(OptimizingRule.thiele("cc", ThieleWeights.CC));
    add(OptimizingRule.thiele("geom2", ThieleWeights.GEOM));
    add(OptimizingRule.lexcc());
    add(OptimizingRule.adams());
    add(new EphRule());
    add(OptimizingRule.minimaxAv(false));
    add(OptimizingRule.minimaxAv(true));
    add(OptimizingRule.trivial());
    add(new OptimizingRule("monroe", MonroeScore::score));
    add(new SequentialThieleRule("seqpav", ThieleWeights.PAV, false));
    add(new SequentialThieleRule("seqslav", ThieleWeights.SLAV, false));
    add(new SequentialThieleRule("seqcc", ThieleWeights.CC, false));
    add(new SequentialThieleRule("revseqpav", ThieleWeights.PAV, true));
    add(new SeqPhragmenRule());
    add(new GreedyMonroeRule());
    add(new MaximinSupportRule());
    add(new VotingPowerRule(false));
    add(new VotingPowerRule(true));
    add(new EqualSharesCommitteeRule("equal-shares", EqualSharesCommitteeRule.Completion.PHRAGMEN));
    add(new EqualSharesCommitteeRule("equal-shares-with-av-completion", EqualSharesCommitteeRule.Completion.AV));
    add(new EqualSharesCommitteeRule(
        "equal-shares-with-increment-completion", EqualSharesCommitteeRule.Completion.INCREMENT));
    add(new EqualSharesCommitteeRule("equal-shares-without-completion", EqualSharesCommitteeRule.Completion.NONE));
  }

  private CommitteeRules() {}

  private static void add(CommitteeRule rule) {
    RULES.put(rule.id(), rule);
  }

  /** The rule with this abcvoting id, if implemented. */
  public static Optional<CommitteeRule> byId(String id) {
    return Optional.ofNullable(RULES.get(id));
  }

  /** Ids of all implemented rules. */
  public static Set<String> ids() {
    return RULES.keySet();
  }

  /** Rules whose irresolute variant is not defined here (abcvoting defines it as resolute only). */
  public static boolean resoluteOnly(String id) {
    return id.equals("equal-shares-with-increment-completion") || id.equals("greedy-monroe");
  }
}
