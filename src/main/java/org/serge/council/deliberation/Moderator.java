package org.serge.council.deliberation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.serge.council.Row;

/**
 * A member elected moderator of a council by its decision (where the constitution says
 * moderators are {@code elected}). They moderate while they act in the council.
 *
 * @param id {@code COUNCIL/MEMBER/SEQ}
 * @param decision the decision that elected them
 */
public record Moderator(String id, String council, String member, String decision, String since, long seq)
    implements Row {
  public static final List<String> COLUMNS = List.of("id", "council", "member", "decision", "since", "seq");

  public static String id(String council, String member, long seq) {
    return council + "/" + member + "/" + seq;
  }

  public String key() {
    return id;
  }

  public Map<String, Object> columns() {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("id", id);
    c.put("council", council);
    c.put("member", member);
    c.put("decision", decision);
    c.put("since", since);
    c.put("seq", seq);
    return c;
  }
}
