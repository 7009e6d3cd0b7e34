package org.serge.formats;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.serge.voting.Ballot;

/**
 * Gathers cast vote records into ballots: resolves names (and aliases) to candidate indices,
 * adds RCTab's "Undeclared Write-ins" candidate when a write-in label appears, and merges
 * identical ballots. Not thread-safe; one per contest.
 */
public final class BallotCollector {
  /** The name RCTab gives to undeclared write-ins. */
  public static final String UNDECLARED_WRITE_INS = "Undeclared Write-ins";

  private final List<String> candidates;
  private final Map<String, Integer> index = new HashMap<>();
  private final Map<Ballot, long[]> merged = new LinkedHashMap<>();

  /** @param names candidate names in order; @param aliases other spellings → name */
  public BallotCollector(List<String> names, Map<String, String> aliases) {
    candidates = new ArrayList<>(names);
    for (int c = 0; c < names.size(); c++) {
      index.put(names.get(c), c);
    }
    aliases.forEach((alias, name) -> index.put(alias, index.get(name)));
  }

  /** The index of a name as a CVR spells it, or -1 when unknown. */
  public int indexOf(String name) {
    Integer c = index.get(name);
    return c == null ? -1 : c;
  }

  /** The index of the undeclared write-ins candidate, adding it on first use. */
  public int undeclaredWriteIn() {
    return index.computeIfAbsent(UNDECLARED_WRITE_INS, k -> {
      candidates.add(k);
      return candidates.size() - 1;
    });
  }

  public void add(int[][] ranks) {
    merged.computeIfAbsent(new Ballot(ranks, 1), k -> new long[1])[0]++;
  }

  public List<String> candidates() {
    return List.copyOf(candidates);
  }

  public List<Ballot> ballots() {
    List<Ballot> out = new ArrayList<>(merged.size());
    merged.forEach((key, count) -> out.add(new Ballot(key.ranks(), count[0])));
    return out;
  }

  /** Turns rank → candidates (1-based ranks, sorted) into the ballot's rank array. */
  public static int[][] ranks(Map<Integer, List<Integer>> byRank) {
    int max = byRank.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
    int[][] ranks = new int[max][];
    for (int r = 1; r <= max; r++) {
      List<Integer> marks = byRank.getOrDefault(r, List.of());
      ranks[r - 1] = marks.stream().mapToInt(Integer::intValue).toArray();
    }
    return ranks;
  }
}
