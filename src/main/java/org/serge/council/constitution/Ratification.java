package org.serge.council.constitution;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.serge.council.Row;

/**
 * A member council's decision on an amendment of its federation's constitution: {@code adopted}
 * (it ratified) or {@code rejected} (it declined). A council decides once; a lapsed vote leaves no
 * row, and the council may vote again.
 *
 * @param id {@code AMENDMENT/COUNCIL}
 */
public record Ratification(
    String id, String amendment, String council, String outcome, String decision, String decided, long seq)
    implements Row {
  public static final List<String> COLUMNS = List.of("id", "amendment", "council", "outcome", "decision", "decided",
      "seq");

  public static String id(String amendment, String council) {
    return amendment + "/" + council;
  }

  public String key() {
    return id;
  }

  public Map<String, Object> columns() {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("id", id);
    c.put("amendment", amendment);
    c.put("council", council);
    c.put("outcome", outcome);
    c.put("decision", decision);
    c.put("decided", decided);
    c.put("seq", seq);
    return c;
  }
}
