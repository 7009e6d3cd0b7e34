package org.serge.council.deliberation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.serge.council.Row;

/**
 * One version of a proposal's words. A new version never replaces an old one: revising,
 * accepting an amendment or adopting one by vote each adds a version.
 *
 * @param id {@code PROPOSAL/vVERSION}: {@code p-12/v2}
 * @param version from 1 (as proposed)
 * @param author who wrote these words: the proposal's author, or the amendment's
 * @param source {@code proposed}, {@code revised} (by the author), {@code accepted} (an
 *     amendment the author accepted) or {@code adopted} (an amendment the council adopted)
 * @param amendment the amendment these words come from, or null
 * @param decision the decision that adopted that amendment, or null
 * @param note the author's note on a revision ("" when none)
 */
public record ProposalVersion(
    String id, String proposal, long version, String title, String text, String author, String source,
    String amendment, String decision, String note, String created, long seq) implements Row {
  public static final List<String> COLUMNS = List.of("id", "proposal", "version", "title", "text", "author",
      "source", "amendment", "decision", "note", "created", "seq");

  public static String id(String proposal, long version) {
    return proposal + "/v" + version;
  }

  public String key() {
    return id;
  }

  public Map<String, Object> columns() {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("id", id);
    c.put("proposal", proposal);
    c.put("version", version);
    c.put("title", title);
    c.put("text", text);
    c.put("author", author);
    c.put("source", source);
    c.put("amendment", amendment);
    c.put("decision", decision);
    c.put("note", note);
    c.put("created", created);
    c.put("seq", seq);
    return c;
  }
}
