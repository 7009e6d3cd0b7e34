package org.serge.council.planning;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.serge.council.Row;

/**
 * One closed iteration of a planning round (query table {@code round_iterations}). Iteration 0 takes
 * the producers' opening proposals and publishes the opening prices; iteration N ≥ 1 sums every
 * council's current proposal at the prices published by iteration N − 1 and publishes the next.
 *
 * @param id {@code ROUND/N}
 * @param proposals the proposal ids summed, in summing order (demand, then production, each by council
 *     id), as a JSON array
 * @param tally the sums as canonical JSON (supply, intermediate, consumption, public demand and excess by
 *     product code, resource use, hours worked and offered, surplus); null for iteration 0
 * @param largestExcess the largest |excess| relative to supply, as a decimal string; null for iteration 0
 * @param converged whether the iteration met the round's criterion
 * @param prices the prices published for the next iteration, canonical JSON (products and resources by
 *     code, income per hour)
 */
public record RoundIteration(String id, String round, long number, String proposals, String tally,
    String largestExcess, boolean converged, String prices, String closedBy, String closed, long seq)
    implements Row {
  public static final List<String> COLUMNS = List.of("id", "round", "number", "proposals", "tally",
      "largest_excess", "converged", "prices", "closed_by", "closed", "seq");

  static String id(String round, long number) {
    return round + "/" + number;
  }

  public String key() {
    return id;
  }

  public Map<String, Object> columns() {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("id", id);
    c.put("round", round);
    c.put("number", number);
    c.put("proposals", proposals);
    c.put("tally", tally);
    c.put("largest_excess", largestExcess);
    c.put("converged", converged);
    c.put("prices", prices);
    c.put("closed_by", closedBy);
    c.put("closed", closed);
    c.put("seq", seq);
    return c;
  }
}
