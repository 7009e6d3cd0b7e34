package org.serge.council.motion;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.serge.council.Row;

/**
 * A named vote standing on a motion: open votes are public, so delegates answer for them.
 * A later vote by the same voter replaces this row (the log keeps both).
 *
 * @param id {@code MOTION/VOTER}
 * @param choice {@code yes}, {@code no} or {@code abstain}
 */
public record Vote(String id, String motion, String voter, String choice, String time, long seq) implements Row {
  public static final List<String> COLUMNS = List.of("id", "motion", "voter", "choice", "time", "seq");

  public static String id(String motion, String voter) {
    return motion + "/" + voter;
  }

  public String key() {
    return id;
  }

  public Map<String, Object> columns() {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("id", id);
    c.put("motion", motion);
    c.put("voter", voter);
    c.put("choice", choice);
    c.put("time", time);
    c.put("seq", seq);
    return c;
  }
}
