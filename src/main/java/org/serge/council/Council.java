package org.serge.council;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A council: workplace, neighbourhood, or a federation of councils, nested to any depth.
 *
 * @param id the council's id, for ever ({@code leeds-rail})
 * @param parent the federation it belongs to, or null for a top-level federation
 * @param constitution for a top-level federation, its constitution as canonical JSON text;
 *     for a member council, the rules it sets for itself (canonical JSON, may be "{}")
 * @param created when it was created, in record time format
 * @param seq the event that created it
 */
public record Council(
    String id, String name, CouncilKind kind, String parent, String constitution, String created, long seq)
    implements Row {
  public static final List<String> COLUMNS =
      List.of("id", "name", "kind", "parent", "constitution", "created", "seq");

  public String key() {
    return id;
  }

  public Map<String, Object> columns() {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("id", id);
    c.put("name", name);
    c.put("kind", kind.text());
    c.put("parent", parent);
    c.put("constitution", constitution);
    c.put("created", created);
    c.put("seq", seq);
    return c;
  }

  public boolean isFederation() {
    return kind == CouncilKind.FEDERATION;
  }

  /** The scope of events in this council: {@code council:ID}. */
  public static String scope(String councilId) {
    return "council:" + councilId;
  }
}
