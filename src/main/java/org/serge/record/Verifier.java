package org.serge.record;

import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Checks a stream of events: seq is contiguous from 1, each prevHash is the previous
 * event's hash (64 zeros for the first), each hash matches its event's contents, each
 * signature verifies under the signer's key, and time never goes backwards.
 *
 * <p>Per event the checks run in this order, and the first failure is reported: seq, hash,
 * prevHash, time, signer known, signature. (A tampered prevHash or time also breaks the
 * event's own hash; we then report the event itself as corrupt.) The report names the FIRST event (in stream
 * order) that fails.
 *
 * <p>Streaming: events are read in batches of {@link #BATCH} and not kept, so memory does
 * not grow with the log. The chain links (seq, prevHash, time) are checked in order; the
 * hash and signature of each event depend on that event alone, so a batch's are checked
 * in parallel on {@code parallelism} threads. Instances are immutable; each call to
 * {@link #verify} uses its own threads and may run concurrently with others.
 */
public final class Verifier {
  /** Events per batch: large enough to keep threads busy, small enough to stay cheap. */
  public static final int BATCH = 4096;

  private final Function<String, VerifyingKey> keys;
  private final int parallelism;

  /**
   * @param keys finds the verifying key for a key id; returns null for an unknown id;
   *     must be thread-safe
   * @param parallelism threads for hash and signature checks, at least 1
   */
  public Verifier(Function<String, VerifyingKey> keys, int parallelism) {
    if (parallelism < 1) {
      throw new IllegalArgumentException("parallelism must be at least 1");
    }
    this.keys = Objects.requireNonNull(keys, "keys");
    this.parallelism = parallelism;
  }

  /** A verifier using every available processor. */
  public Verifier(Function<String, VerifyingKey> keys) {
    this(keys, Runtime.getRuntime().availableProcessors());
  }

  /** Verifies {@code events} from the start of the log. */
  public VerificationReport verify(Iterable<Event> events) {
    return verify(events.iterator());
  }

  /** Verifies {@code events} from the start of the log, consuming the iterator. */
  public VerificationReport verify(Iterator<Event> events) {
    ForkJoinPool pool = parallelism > 1 ? new ForkJoinPool(parallelism) : null;
    try {
      Chain chain = new Chain();
      List<Event> batch = new ArrayList<>(BATCH);
      while (events.hasNext()) {
        batch.add(events.next());
        if (batch.size() == BATCH || !events.hasNext()) {
          VerificationReport failure = verifyBatch(batch, chain, pool);
          if (failure != null) {
            return failure;
          }
          batch.clear();
        }
      }
      return VerificationReport.passed(chain.position);
    } finally {
      if (pool != null) {
        pool.shutdownNow();
      }
    }
  }

  /** The running state of the in-order link checks. */
  private static final class Chain {
    long position;
    long lastSeq;
    String lastHash = Event.GENESIS_PREV_HASH;
    Event last;
  }

  private VerificationReport verifyBatch(List<Event> batch, Chain chain, ForkJoinPool pool) {
    String[] problems = new String[batch.size()];
    String[] links = new String[batch.size()];
    // Links first, in order: cheap, and they need the previous event.
    long start = chain.position;
    for (int i = 0; i < batch.size(); i++) {
      Event event = batch.get(i);
      problems[i] = seqProblem(event, chain);
      links[i] = problems[i] == null ? linkProblem(event, chain) : null;
      chain.lastSeq = event.seq();
      chain.lastHash = event.hash();
      chain.last = event;
      chain.position++;
    }
    IntStream indices = IntStream.range(0, batch.size());
    Runnable contents =
        () -> (pool == null ? indices : indices.parallel())
            .forEach(
                i -> {
                  if (problems[i] == null) {
                    problems[i] = contentProblem(batch.get(i), links[i]);
                  }
                });
    if (pool == null) {
      contents.run();
    } else {
      try {
        pool.submit(contents).get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("verification interrupted", e);
      } catch (ExecutionException e) {
        throw new IllegalStateException("verification failed", e.getCause());
      }
    }
    for (int i = 0; i < problems.length; i++) {
      if (problems[i] != null) {
        Event event = batch.get(i);
        return new VerificationReport(start + i + 1, start + i + 1, event.seq(), problems[i]);
      }
    }
    return null;
  }

  /** Why {@code event} cannot follow {@code chain.last} by its seq, or null. */
  private static String seqProblem(Event event, Chain chain) {
    long expected = chain.lastSeq + 1;
    if (event.seq() != expected) {
      String what =
          event.seq() > expected
              ? " (an event is missing)"
              : " (an event is repeated or out of order)";
      return chain.last == null
          ? "event " + event.seq() + ": the log starts at seq " + event.seq() + ", not 1" + what
          : "event " + event.seq() + ": seq " + event.seq() + " follows " + chain.lastSeq + what;
    }
    return null;
  }

  /** Why {@code event}'s prevHash or time does not follow {@code chain.last}, or null. */
  private static String linkProblem(Event event, Chain chain) {
    if (!event.prevHash().equals(chain.lastHash)) {
      return chain.last == null
          ? "event 1: prevHash is not the genesis value (64 zeros)"
          : "event " + event.seq() + ": prevHash does not match event " + chain.lastSeq;
    }
    if (chain.last != null && event.time().isBefore(chain.last.time())) {
      return "event " + event.seq() + ": time " + event.timeText()
          + " is before event " + chain.lastSeq + "'s " + chain.last.timeText();
    }
    // The hash check outranks a prevHash or time problem: a tampered prevHash or time also
    // breaks the event's own hash, and we report that the event itself is corrupt.
    return null;
  }

  /**
   * The first problem of an event whose seq is right, given its link problem (or null):
   * its own hash first, then the link, then the signature.
   */
  private String contentProblem(Event event, String linkProblem) {
    if (!event.computeHash().equals(event.hash())) {
      return "event " + event.seq() + ": hash does not match its contents";
    }
    if (linkProblem != null) {
      return linkProblem;
    }
    VerifyingKey key = keys.apply(event.signer());
    if (key == null) {
      return "event " + event.seq() + ": signer " + event.signer() + " is not a known key";
    }
    byte[] signature;
    try {
      signature = Base64.getDecoder().decode(event.signature());
    } catch (IllegalArgumentException e) {
      return "event " + event.seq() + ": signature is not base64";
    }
    if (!key.verifies(Hashes.HEX.parseHex(event.hash()), signature)) {
      return "event " + event.seq() + ": signature does not verify with key " + key.id();
    }
    return null;
  }
}
