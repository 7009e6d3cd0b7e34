package org.serge.council;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A delegate's mandate: {@code member} represents {@code council} in the assembly of
 * {@code federation} from {@code start} until {@code termEnd}, unless it ends earlier
 * ({@code ended}, with {@code endReason} {@code recalled} or {@code resigned}).
 *
 * @param id {@code FEDERATION/COUNCIL/MEMBER/SEQ}
 */
public record Mandate(
    String id, String member, String council, String federation, String start, String termEnd,
    String ended, String endReason, long seq, Long endSeq) implements Row {
  public static final List<String> COLUMNS =
      List.of("id", "member", "council", "federation", "start", "term_end", "ended", "end_reason", "seq", "end_seq");

  public static String id(String federation, String council, String member, long seq) {
    return federation + "/" + council + "/" + member + "/" + seq;
  }

  public String key() {
    return id;
  }

  /** Whether the mandate is in force at record time {@code time}. */
  public boolean heldAt(String time) {
    return start.compareTo(time) <= 0 && termEnd.compareTo(time) > 0 && (ended == null || ended.compareTo(time) > 0);
  }

  public Mandate ending(String time, String reason, long endingSeq) {
    return new Mandate(id, member, council, federation, start, termEnd, time, reason, seq, endingSeq);
  }

  public Map<String, Object> columns() {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("id", id);
    c.put("member", member);
    c.put("council", council);
    c.put("federation", federation);
    c.put("start", start);
    c.put("term_end", termEnd);
    c.put("ended", ended);
    c.put("end_reason", endReason);
    c.put("seq", seq);
    c.put("end_seq", endSeq);
    return c;
  }
}
