package org.serge.budgeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.serge.SharedData;
import org.serge.budgeting.committee.CommitteeRule;
import org.serge.budgeting.committee.CommitteeRules;
import org.serge.formats.AbcInstance;
import org.serge.formats.AbcReader;

/**
 * Every abcvoting test instance, for every rule implemented here: the resolute outcome is
 * among the expected committees and the irresolute outcome equals the expected set. Rules
 * present in the data but not implemented are listed in {@link #NOT_IMPLEMENTED}; a rule id
 * in neither list fails the test, so nothing is skipped silently.
 */
class AbcGoldenTest {
  static final Set<String> NOT_IMPLEMENTED = Set.of(
      // minimax/leximax Phragmén: abcvoting solves them by LP; where fewer candidates than
      // seats are approved its choice among the tied committees is not reproduced here
      "minimaxphragmen", "leximaxphragmen",
      "rsd"); // random serial dictatorship: random, not checkable

  @Test
  void everyInstanceMatchesForEveryImplementedRule() throws IOException {
    List<Path> files;
    try (Stream<Path> list = Files.list(SharedData.resolve("pb/abc"))) {
      files = list.filter(p -> p.toString().endsWith(".abc.yaml")).sorted().toList();
    }
    assertTrue(files.size() > 300, "expected the 320 abcvoting instances");
    TreeMap<String, int[]> checked = new TreeMap<>();
    List<String> failures = new ArrayList<>();
    for (Path file : files) {
      AbcInstance instance = AbcReader.read(file);
      for (AbcInstance.Expected expected : instance.expected()) {
        if (NOT_IMPLEMENTED.contains(expected.ruleId())) {
          continue;
        }
        CommitteeRule rule = CommitteeRules.byId(expected.ruleId())
            .orElseThrow(() -> new AssertionError("rule " + expected.ruleId() + " neither implemented nor listed"));
        if (expected.committees() == null || (!expected.resolute() && CommitteeRules.resoluteOnly(rule.id()))) {
          continue; // not computed by abcvoting, or irresolute not defined for this rule
        }
        List<List<Integer>> ours = rule.committees(instance.profile(), instance.committeeSize(), expected.resolute());
        boolean ok = expected.resolute()
            ? ours.size() == 1 && expected.committees().contains(ours.getFirst())
            : new java.util.HashSet<>(ours).equals(new java.util.HashSet<>(expected.committees()))
                && ours.size() == expected.committees().size();
        checked.computeIfAbsent(rule.id() + (expected.resolute() ? " resolute" : " irresolute"), k -> new int[2])[ok ? 0 : 1]++;
        if (!ok) {
          failures.add(file.getFileName() + " " + rule.id() + (expected.resolute() ? " resolute" : " irresolute")
              + ": ours " + ours + ", expected " + expected.committees());
        }
      }
    }
    StringBuilder summary = new StringBuilder();
    checked.forEach((rule, counts) -> summary.append(rule).append(": ").append(counts[0]).append(" ok, ")
        .append(counts[1]).append(" wrong\n"));
    System.out.println(summary);
    if (!failures.isEmpty()) {
      fail(failures.size() + " mismatches, first: " + failures.subList(0, Math.min(10, failures.size())) + "\n" + summary);
    }
    assertEquals(CommitteeRules.ids().size() - 1, checked.keySet().stream().map(k -> k.split(" ")[0]).distinct()
        .filter(CommitteeRules.ids()::contains).count() + 0, "every implemented rule but one (without data) was checked");
  }
}
