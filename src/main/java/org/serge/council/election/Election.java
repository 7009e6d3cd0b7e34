package org.serge.council.election;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.serge.council.Row;

/**
 * An election in a council: its seats, counting method and purpose, while open and once
 * counted. Those entitled are fixed at opening ({@link Elector} rows); who voted is public,
 * what they voted is published only at close ({@link PublishedBallot}).
 *
 * @param id {@code e-SEQ}, SEQ the event that opened it
 * @param method the counting rule: {@code scottish}, {@code meek}, {@code irv}, {@code schulze},
 *     {@code approval} or {@code plurality}
 * @param purpose what the result does ({@link Purposes}): {@code general}, …
 * @param status {@code open}, {@code counted} or {@code lapsed} (no quorum: ballots destroyed unread);
 *     {@code published} only between the two events of a close
 * @param entitled how many were entitled at opening
 * @param voted how many ballots were cast so far
 * @param rule the constitution's rule the election was held under ({@code decisions.election})
 * @param elected the elected candidates' ids in order of election, as a JSON array; null until counted
 * @param sheet the count sheet as canonical JSON ({@link Counts}); null until counted
 */
public record Election(
    String id, String council, String title, long seats, String method, String purpose, String openedBy,
    String opened, String closes, String status, long entitled, long voted, String rule, String elected,
    String sheet, long seq, Long closedSeq) implements SecretVote, Row {
  public static final List<String> COLUMNS = List.of("id", "council", "title", "seats", "method", "purpose",
      "opened_by", "opened", "closes", "status", "entitled", "voted", "rule", "elected", "sheet", "seq", "closed_seq");
  public static final String PREFIX = "e-";

  public String key() {
    return id;
  }

  public Election withVoted(long count) {
    return new Election(id, council, title, seats, method, purpose, openedBy, opened, closes, status, entitled, count,
        rule, elected, sheet, seq, closedSeq);
  }

  public Election ended(String outcome, String electedJson, String sheetJson, long closingSeq) {
    return new Election(id, council, title, seats, method, purpose, openedBy, opened, closes, outcome, entitled, voted,
        rule, electedJson, sheetJson, seq, closingSeq);
  }

  public Map<String, Object> columns() {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("id", id);
    c.put("council", council);
    c.put("title", title);
    c.put("seats", seats);
    c.put("method", method);
    c.put("purpose", purpose);
    c.put("opened_by", openedBy);
    c.put("opened", opened);
    c.put("closes", closes);
    c.put("status", status);
    c.put("entitled", entitled);
    c.put("voted", voted);
    c.put("rule", rule);
    c.put("elected", elected);
    c.put("sheet", sheet);
    c.put("seq", seq);
    c.put("closed_seq", closedSeq);
    return c;
  }
}
