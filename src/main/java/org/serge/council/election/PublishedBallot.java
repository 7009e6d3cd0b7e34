package org.serge.council.election;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.serge.council.Row;

/**
 * A ballot published at the close of an election or budget round, in the shuffled order of
 * its {@code ballots.published} batch. It carries no voter, time, seq or sealed-ballot id:
 * only its position in the batch, its content and the hash of its voter's receipt secret.
 *
 * @param id {@code ELECTION/#POSITION}
 * @param position 1-based position in the published batch (a shuffle, not the casting order)
 * @param ballot the ballot as canonical JSON ({@link Ballots})
 * @param receipt hex SHA-256 of the voter's receipt secret ({@link Receipts})
 */
public record PublishedBallot(String id, String election, long position, String ballot, String receipt)
    implements Row {
  public static final List<String> COLUMNS = List.of("id", "election", "position", "ballot", "receipt");

  public static String id(String election, long position) {
    return election + "/#" + position;
  }

  public String key() {
    return id;
  }

  public Map<String, Object> columns() {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("id", id);
    c.put("election", election);
    c.put("position", position);
    c.put("ballot", ballot);
    c.put("receipt", receipt);
    return c;
  }
}
