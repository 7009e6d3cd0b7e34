package org.serge.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Answers kept while they stay right, so that the pages that grow with the record (a council's
 * proposals, the record browser) are not rebuilt for every reader: each answer is kept with the
 * record's seq it was made at and used only at that same seq (a page of proposals), or for good
 * when nothing can change it (a full page of events: the log only grows). At most
 * {@code capacity} answers, the least recently used dropped first. Answers are shared between
 * threads and must not be changed by those who get them. Thread-safe.
 */
public final class AnswerCache {
  /** Kept for good: a full page of events never changes. */
  public static final long FOREVER = Long.MIN_VALUE;

  private record Kept(long seq, JsonNode answer) {}

  private final Map<String, Kept> kept;

  public AnswerCache(int capacity) {
    this.kept = new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Kept> eldest) {
        return size() > capacity;
      }
    };
  }

  /** The answer kept under {@code key} for {@code seq} (or forever), else {@code make}'s, kept for {@code seq}. */
  public JsonNode get(String key, long seq, Supplier<JsonNode> make) {
    Kept k;
    synchronized (kept) {
      k = kept.get(key);
    }
    if (k != null && (k.seq() == seq || k.seq() == FOREVER)) {
      return k.answer();
    }
    JsonNode answer = make.get();
    synchronized (kept) {
      kept.put(key, new Kept(seq, answer));
    }
    return answer;
  }

  /**
   * The part of a page kept under {@code key} for {@code seq}, else {@code make}'s, kept for
   * {@code seq}: what every reader sees alike (a table of events, a list of proposals), so that
   * only the reader's own frame (who is signed in, the forms' CSRF tokens) is made per request.
   */
  public String html(String key, long seq, Supplier<String> make) {
    return get("html:" + key, seq, () -> com.fasterxml.jackson.databind.node.TextNode.valueOf(make.get())).textValue();
  }

  /** Keeps an answer for good (it can no longer change). */
  public void keep(String key, JsonNode answer) {
    synchronized (kept) {
      kept.put(key, new Kept(FOREVER, answer));
    }
  }

  /** The answer kept for good under {@code key}, or null. */
  public JsonNode kept(String key) {
    synchronized (kept) {
      Kept k = kept.get(key);
      return k != null && k.seq() == FOREVER ? k.answer() : null;
    }
  }
}
