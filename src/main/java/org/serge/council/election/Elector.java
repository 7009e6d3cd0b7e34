package org.serge.council.election;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.serge.council.Row;

/**
 * One who is entitled to vote in an election or budget round, fixed when it opens, and
 * whether they have voted: public, like the register of a polling station. Nothing here
 * says what they voted.
 *
 * @param id {@code ELECTION/MEMBER}
 * @param election an election ({@code e-…}) or a budget round ({@code b-…})
 * @param voted when their ballot was cast, or null
 * @param votedSeq the seq of their {@code ballot.cast} event, or null
 */
public record Elector(String id, String election, String member, String voted, Long votedSeq) implements Row {
  public static final List<String> COLUMNS = List.of("id", "election", "member", "voted", "voted_seq");

  public static String id(String election, String member) {
    return election + "/" + member;
  }

  public String key() {
    return id;
  }

  public boolean hasVoted() {
    return voted != null;
  }

  public Map<String, Object> columns() {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("id", id);
    c.put("election", election);
    c.put("member", member);
    c.put("voted", voted);
    c.put("voted_seq", votedSeq);
    return c;
  }
}
