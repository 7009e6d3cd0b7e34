package org.serge.council.deliberation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A contribution to the debate on a proposal, an amendment or a decision, or a reply to
 * another comment on it (threads nest to any depth). Never edited, never removed.
 *
 * @param id {@code c-SEQ}
 * @param subject the proposal, amendment or decision the thread is about
 * @param parent the comment this replies to, or null for a comment on the subject itself
 */
public record Comment(
    String id, String council, String subject, String parent, String author, String text, String hiding,
    String created, long seq) implements Content {
  public static final List<String> COLUMNS =
      List.of("id", "council", "subject", "parent", "author", "text", "hiding", "created", "seq");

  public static String id(long seq) {
    return "c-" + seq;
  }

  public String contentType() {
    return "comment";
  }

  public Comment withHiding(String hidingId) {
    return new Comment(id, council, subject, parent, author, text, hidingId, created, seq);
  }

  public Map<String, Object> columns() {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("id", id);
    c.put("council", council);
    c.put("subject", subject);
    c.put("parent", parent);
    c.put("author", author);
    c.put("text", text);
    c.put("hiding", hiding);
    c.put("created", created);
    c.put("seq", seq);
    return c;
  }
}
