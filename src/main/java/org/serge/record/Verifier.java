package org.serge.record;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
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
      Checked previous = null;
      List<Event> batch = new ArrayList<>(BATCH);
      while (events.hasNext()) {
        batch.add(events.next());
        if (batch.size() == BATCH || !events.hasNext()) {
          // The contents of this batch are checked while the next is read (and replayed by
          // the caller's iterator): reading is one thread's work, signatures the others'.
          Checked current = start(batch, chain, pool);
          VerificationReport failure = previous == null ? null : previous.failure();
          if (failure != null) {
            current.cancel();
            return failure;
          }
          previous = current;
          batch = new ArrayList<>(BATCH);
        }
      }
      VerificationReport failure = previous == null ? null : previous.failure();
      return failure != null ? failure : VerificationReport.passed(chain.position);
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

  /** A batch whose links are checked and whose contents are being checked. */
  private record Checked(List<Event> batch, long start, String[] problems, Future<?> contents) {
    /** The batch's first failure, waiting for its contents to be checked; or null. */
    VerificationReport failure() {
      try {
        contents.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("verification interrupted", e);
      } catch (ExecutionException e) {
        throw new IllegalStateException("verification failed", e.getCause());
      }
      for (int i = 0; i < problems.length; i++) {
        if (problems[i] != null) {
          return new VerificationReport(start + i + 1, start + i + 1, batch.get(i).seq(), problems[i]);
        }
      }
      return null;
    }

    void cancel() {
      contents.cancel(true);
    }
  }

  /** Checks the batch's links now, in order, and starts checking its contents. */
  private Checked start(List<Event> batch, Chain chain, ForkJoinPool pool) {
    String[] problems = new String[batch.size()];
    String[] links = new String[batch.size()];
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
    int chunks = pool == null ? 1 : parallelism;
    IntStream indices = IntStream.range(0, chunks);
    Runnable contents = () -> (pool == null ? indices : indices.parallel()).forEach(c ->
        ContentCheck.check(keys, batch, links, problems, batch.size() * c / chunks, batch.size() * (c + 1) / chunks));
    if (pool == null) {
      contents.run();
      return new Checked(batch, start, problems, CompletableFuture.completedFuture(null));
    }
    return new Checked(batch, start, problems, pool.submit(contents));
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
}
