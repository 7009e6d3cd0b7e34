package org.serge.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.serge.council.deliberation.Propose;

/** Answers are kept for their seq (or for good), rebuilt when the record moves on, and bounded. */
class AnswerCacheTest {
  @Test
  void anAnswerIsKeptForItsSeqOnly() {
    AnswerCache cache = new AnswerCache(2);
    AtomicInteger made = new AtomicInteger();
    JsonNode first = cache.get("k", 5, () -> Json.MAPPER.getNodeFactory().numberNode(made.incrementAndGet()));
    assertSame(first, cache.get("k", 5, () -> Json.MAPPER.getNodeFactory().numberNode(made.incrementAndGet())));
    assertEquals(2, cache.get("k", 6, () -> Json.MAPPER.getNodeFactory().numberNode(made.incrementAndGet())).asInt(),
        "made again once the record moved on");
    cache.keep("page", Json.MAPPER.getNodeFactory().textNode("events"));
    assertEquals("events", cache.kept("page").asText());
    assertNull(cache.kept("k"), "an answer kept for a seq is not kept for good");
    cache.get("a", 1, () -> Json.MAPPER.getNodeFactory().nullNode());
    cache.get("b", 1, () -> Json.MAPPER.getNodeFactory().nullNode());
    assertNull(cache.kept("page"), "the least recently used goes first");
  }

  @Test
  void aPartOfAPageIsKeptForItsSeqOnly() {
    AnswerCache cache = new AnswerCache(4);
    AtomicInteger made = new AtomicInteger();
    assertEquals("<p>1</p>", cache.html("list", 7, () -> "<p>" + made.incrementAndGet() + "</p>"));
    assertEquals("<p>1</p>", cache.html("list", 7, () -> "<p>" + made.incrementAndGet() + "</p>"));
    assertEquals("<p>2</p>", cache.html("list", 8, () -> "<p>" + made.incrementAndGet() + "</p>"));
  }

  @Test
  void aNewProposalShowsOnTheNextPageOfProposals() {
    try (World world = new World(false)) {
      World.Client c = world.anonymous();
      long before = c.get("/api/councils/rail/proposals").json().get("total").asLong();
      assertEquals(false, c.get("/councils/rail/proposals").body().contains("Fresh"));
      world.act("ana", new Propose("rail", "ordinary", "Fresh", "Words."));
      assertEquals(true, c.get("/councils/rail/proposals").body().contains("Fresh"), "the page's list is made anew");
      assertEquals(before + 1, c.get("/api/councils/rail/proposals").json().get("total").asLong());
      String page = c.get("/record?from=1").body();
      assertEquals(true, page.contains("Fresh"), "the record shows the newest event");
    }
  }
}
