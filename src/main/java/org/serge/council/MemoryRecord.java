package org.serge.council;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import java.util.stream.Stream;
import org.serge.record.Event;
import org.serge.record.SigningKey;

/**
 * A public record held in memory: for tests, simulations and the pure core's own use. It
 * behaves as the database stores do (same {@link Appender}, same refusals), without
 * persistence. Thread-safe.
 */
public final class MemoryRecord implements PublicRecord {
  private final List<Event> events = new ArrayList<>();
  private final List<SealedBallot> sealed = new ArrayList<>(); // as a store's ballot-box table would hold them
  private final SigningKey instanceKey;
  private final Clock clock;
  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
  private Polity polity = new Polity();

  private MemoryRecord(SigningKey instanceKey, Clock clock) {
    this.instanceKey = instanceKey;
    this.clock = clock;
  }

  /** A new record, opened (event 1) by the instance with this key. */
  public static MemoryRecord open(String name, SigningKey instanceKey, Clock clock) {
    MemoryRecord record = new MemoryRecord(instanceKey, clock);
    record.submit(Actor.instance(), new OpenRecord(name, instanceKey.verifyingKey()));
    return record;
  }

  @Override
  public List<Event> submit(Actor actor, Action action) {
    return submit(actor, action, null);
  }

  @Override
  public List<Event> submit(Actor actor, Action action, SigningKey actorKey) {
    lock.writeLock().lock();
    try {
      List<Event> appended = Appender.append(polity, actor, action, clock.instant(), instanceKey, actorKey);
      events.addAll(appended);
      polity.tables().forEach(Table::takeChanged);
      sealed.addAll(polity.ballotBox.takeAdded());
      List<String> emptied = polity.ballotBox.takeEmptied();
      sealed.removeIf(b -> emptied.contains(b.election()));
      return appended;
    } catch (RuntimeException e) {
      if (polity.seq() != events.size() || polity.hasUntakenChanges()) {
        polity = rebuilt();
      }
      throw e;
    } finally {
      lock.writeLock().unlock();
    }
  }

  /** The polity replayed from the log, with the ballots sealed by successful submissions. */
  private Polity rebuilt() {
    Polity fresh = Replayer.replay(events.stream());
    sealed.forEach(fresh.ballotBox::load);
    return fresh;
  }

  @Override
  public <R> R read(Function<Polity, R> query) {
    lock.readLock().lock();
    try {
      return query.apply(polity);
    } finally {
      lock.readLock().unlock();
    }
  }

  @Override
  public Stream<Event> events(long fromSeq) {
    lock.readLock().lock();
    try {
      int from = (int) Math.max(0, Math.min(events.size(), fromSeq - 1));
      return List.copyOf(events.subList(from, events.size())).stream();
    } finally {
      lock.readLock().unlock();
    }
  }

  @Override
  public long size() {
    return read(p -> (long) events.size());
  }

  @Override
  public void close() {}
}
