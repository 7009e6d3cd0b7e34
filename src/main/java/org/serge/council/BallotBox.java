package org.serge.council;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The sealed ballots of secret elections and budget votes while they are open: kept apart
 * from the public log and the query tables, with nothing that links a ballot to its voter
 * (a random id, no time, no seq). Who voted is public ({@code ballot.cast} events); what
 * was voted is published only at close, all ballots of the election in one shuffled batch,
 * after which the election's sealed ballots are emptied from here.
 *
 * <p>Not rebuilt by replay (the log does not hold sealed ballots): a store persists it in a
 * table of its own and reloads it ({@link #load}). Not thread-safe, like the {@link Polity}.
 */
public final class BallotBox {
  private final Map<String, List<SealedBallot>> byElection = new HashMap<>();
  private final List<SealedBallot> added = new ArrayList<>();
  private final List<String> emptied = new ArrayList<>();

  /** Seals a ballot into its election's box. */
  public void put(SealedBallot ballot) {
    byElection.computeIfAbsent(ballot.election(), k -> new ArrayList<>()).add(ballot);
    added.add(ballot);
  }

  /** Puts back a ballot read from storage (not marked as added). */
  public void load(SealedBallot ballot) {
    byElection.computeIfAbsent(ballot.election(), k -> new ArrayList<>()).add(ballot);
  }

  /** The sealed ballots of an election, in no meaningful order; a copy. */
  public List<SealedBallot> ballots(String election) {
    return List.copyOf(byElection.getOrDefault(election, List.of()));
  }

  /** Empties an election's box once its ballots are published. */
  public void empty(String election) {
    byElection.remove(election);
    added.removeIf(b -> b.election().equals(election));
    emptied.add(election);
  }

  /** Ballots sealed since the last call (for the store to write), and forgets them. */
  public List<SealedBallot> takeAdded() {
    List<SealedBallot> result = List.copyOf(added);
    added.clear();
    return result;
  }

  /** Elections emptied since the last call (for the store to delete), and forgets them. */
  public List<String> takeEmptied() {
    List<String> result = List.copyOf(emptied);
    emptied.clear();
    return result;
  }

  /** Whether ballots were sealed or boxes emptied since they were last taken. */
  public boolean hasChanges() {
    return !added.isEmpty() || !emptied.isEmpty();
  }

  /** Every sealed ballot, over all elections; a copy. */
  public List<SealedBallot> all() {
    return byElection.values().stream().flatMap(List::stream).toList();
  }

  /** How many ballots are sealed, over all elections. */
  public int size() {
    return byElection.values().stream().mapToInt(List::size).sum();
  }
}
