package org.serge.budgeting;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * "For whom" figures of an outcome: the share of voters with at least one funded project
 * they supported, the money spent on projects each voter supported (split equally among a
 * project's supporters: every project's cost is attributed once), its distribution and
 * Gini coefficient, and the same share per value of a voter attribute (district, sex…)
 * and spending per project category.
 *
 * @param satisfiedShare voters with a funded supported project / all voters (0 with none)
 * @param spendingPerVoter mean attributed spending per voter, currency units
 * @param spendingQuartiles min, 25%, median, 75%, max of attributed spending
 * @param gini Gini coefficient of attributed spending (0 equal, 1 all to one voter)
 * @param satisfiedShareByAttribute attribute name → value → satisfied share
 * @param spendingByCategory category → money spent on funded projects in it
 */
public record Impact(
    double satisfiedShare,
    double spendingPerVoter,
    double[] spendingQuartiles,
    double gini,
    Map<String, Map<String, Double>> satisfiedShareByAttribute,
    Map<String, Long> spendingByCategory) {

  /** Computes the figures for {@code selected} in {@code instance}. */
  public static Impact of(PbInstance instance, List<Integer> selected) {
    int n = instance.ballots().size();
    boolean[] funded = new boolean[instance.projects().size()];
    selected.forEach(p -> funded[p] = true);
    long[] counts = instance.supportCounts();
    double[] spending = new double[n];
    boolean[] satisfied = new boolean[n];
    Map<String, Map<String, long[]>> byAttribute = new TreeMap<>();
    for (int v = 0; v < n; v++) {
      Ballot ballot = instance.ballots().get(v);
      for (int p : ballot.projects()) {
        if (funded[p]) {
          satisfied[v] = true;
          spending[v] += (double) instance.projects().get(p).cost() / counts[p];
        }
      }
      for (var attribute : ballot.attributes().entrySet()) {
        long[] tally = byAttribute.computeIfAbsent(attribute.getKey(), k -> new TreeMap<>())
            .computeIfAbsent(attribute.getValue(), k -> new long[2]);
        tally[0]++;
        tally[1] += satisfied[v] ? 1 : 0;
      }
    }
    Map<String, Map<String, Double>> shares = new LinkedHashMap<>();
    byAttribute.forEach((name, values) -> {
      Map<String, Double> share = new LinkedHashMap<>();
      values.forEach((value, tally) -> share.put(value, (double) tally[1] / tally[0]));
      shares.put(name, share);
    });
    Map<String, Long> byCategory = new TreeMap<>();
    for (int p : selected) {
      Project project = instance.projects().get(p);
      project.categories().forEach(c -> byCategory.merge(c, project.cost(), Long::sum));
    }
    long happy = 0;
    for (boolean s : satisfied) {
      happy += s ? 1 : 0;
    }
    double[] sorted = spending.clone();
    Arrays.sort(sorted);
    double mean = n == 0 ? 0 : Arrays.stream(sorted).sum() / n;
    return new Impact(n == 0 ? 0 : (double) happy / n, mean, quartiles(sorted), gini(sorted), shares, byCategory);
  }

  private static double[] quartiles(double[] sorted) {
    if (sorted.length == 0) {
      return new double[5];
    }
    double[] q = new double[5];
    for (int i = 0; i < 5; i++) {
      q[i] = sorted[(int) Math.round(i * (sorted.length - 1) / 4.0)];
    }
    return q;
  }

  /** Gini of ascending values: sum_i (2i - n + 1) x_i / (n * sum x), i from 0. */
  static double gini(double[] sorted) {
    int n = sorted.length;
    double total = Arrays.stream(sorted).sum();
    if (n == 0 || total == 0) {
      return 0;
    }
    double weighted = 0;
    for (int i = 0; i < n; i++) {
      weighted += (2.0 * i - n + 1) * sorted[i];
    }
    return weighted / (n * total);
  }
}
