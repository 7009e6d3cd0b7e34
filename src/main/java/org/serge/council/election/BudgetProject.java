package org.serge.council.election;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.serge.council.Row;

/**
 * A project put to a budget round.
 *
 * @param id {@code ROUND/PROJECT}
 * @param cost whole currency units
 * @param position 1-based, in the order the round lists them
 * @param supporters how many published ballots approve it; null until counted
 * @param selected the order of selection (1 first), or null: not selected, or not yet counted
 */
public record BudgetProject(
    String id, String round, String project, String name, long cost, long position, Long supporters, Long selected)
    implements Row {
  public static final List<String> COLUMNS =
      List.of("id", "round", "project", "name", "cost", "position", "supporters", "selected");

  public static String id(String round, String project) {
    return round + "/" + project;
  }

  public String key() {
    return id;
  }

  public Map<String, Object> columns() {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("id", id);
    c.put("round", round);
    c.put("project", project);
    c.put("name", name);
    c.put("cost", cost);
    c.put("position", position);
    c.put("supporters", supporters);
    c.put("selected", selected);
    return c;
  }
}
