package org.serge.council.election;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.serge.council.Row;

/**
 * A candidate standing in an election.
 *
 * @param id {@code ELECTION/CANDIDATE}
 * @param position 1-based, in the order the election lists them (ties in counts go by it)
 * @param elected the order of election (1 first), or null: not elected, or not yet counted
 */
public record Candidate(String id, String election, String candidate, String name, long position, Long elected)
    implements Row {
  public static final List<String> COLUMNS = List.of("id", "election", "candidate", "name", "position", "elected");

  public static String id(String election, String candidate) {
    return election + "/" + candidate;
  }

  public String key() {
    return id;
  }

  public Map<String, Object> columns() {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("id", id);
    c.put("election", election);
    c.put("candidate", candidate);
    c.put("name", name);
    c.put("position", position);
    c.put("elected", elected);
    return c;
  }
}
