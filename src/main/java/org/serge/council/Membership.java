package org.serge.council;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A person's membership of a council from {@code since} until {@code until} (null while it
 * lasts). Leaving ends it; rejoining starts a new one, so the history stays.
 *
 * @param id {@code COUNCIL/MEMBER/SEQ}, SEQ the event that began it
 */
public record Membership(
    String id, String council, String member, String since, String until, long seq, Long endSeq) implements Row {
  public static final List<String> COLUMNS = List.of("id", "council", "member", "since", "until", "seq", "end_seq");

  public static String id(String council, String member, long seq) {
    return council + "/" + member + "/" + seq;
  }

  public String key() {
    return id;
  }

  public boolean current() {
    return until == null;
  }

  /** Whether the membership held at record time {@code time} (a record time string). */
  public boolean heldAt(String time) {
    return since.compareTo(time) <= 0 && (until == null || until.compareTo(time) > 0);
  }

  public Membership ended(String time, long endingSeq) {
    return new Membership(id, council, member, since, time, seq, endingSeq);
  }

  public Map<String, Object> columns() {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("id", id);
    c.put("council", council);
    c.put("member", member);
    c.put("since", since);
    c.put("until", until);
    c.put("seq", seq);
    c.put("end_seq", endSeq);
    return c;
  }
}
