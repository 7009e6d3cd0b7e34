package org.serge.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.serge.InvalidInputException;

class EventJsonTest {
  @Test
  void eventsSurviveJsonLines() {
    List<Event> chain = Chains.chain(50);
    List<Event> reread = new ArrayList<>();
    long line = 0;
    for (Event e : chain) {
      String text = EventJson.toLine(e);
      assertTrue(!text.contains("\n") && text.startsWith("{\"actor\":"), text);
      reread.add(EventJson.fromLine("log.jsonl", ++line, text));
    }
    assertEquals(chain, reread);
    assertTrue(Chains.verifier().verify(reread).ok());
  }

  @Test
  void malformedLinesNameTheLineAndField() {
    String good = EventJson.toLine(Chains.chain(1).get(0));
    assertError("log.jsonl:7: not JSON", 7, null, "{\"seq\":");
    assertError("log.jsonl:8: not a JSON object", 8, null, "[1,2]");
    assertError("log.jsonl:9: field 'hash': is missing", 9, "hash",
        good.replaceAll("\"hash\":\"[0-9a-f]+\",", ""));
    assertError("log.jsonl:3: field 'seq': must be a positive integer", 3, "seq",
        good.replace("\"seq\":1", "\"seq\":\"1\""));
    assertError("log.jsonl:4: field 'time'", 4, "time",
        good.replace("2026-01-01T00:00:01.000Z", "yesterday"));
    assertError("log.jsonl:5: field 'payload'", 5, "payload",
        good.replace("\"n\":1", "\"n\":1.5"));
    assertError("log.jsonl:6: field 'signer': must be a string", 6, "signer",
        good.replaceAll("\"signer\":\"[0-9a-f]+\"", "\"signer\":1"));
    assertError("log.jsonl:2: field 'x': is not a field of an event", 2, "x",
        good.replace("\"signer\":", "\"x\":0,\"signer\":"));
  }

  private static void assertError(String prefix, long line, String field, String text) {
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> EventJson.fromLine("log.jsonl", line,
            text));
    assertTrue(e.getMessage().startsWith(prefix), e.getMessage());
    assertEquals(line, e.line());
    if (field != null) {
      assertEquals(field, e.field());
    }
    assertEquals(2, e.exitCode());
  }
}
