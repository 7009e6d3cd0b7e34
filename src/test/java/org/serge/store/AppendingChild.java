package org.serge.store;

import java.nio.file.Path;
import java.time.Clock;
import org.serge.council.Actor;
import org.serge.council.RegisterMember;

/**
 * A child process for the store tests: opens the record at a JDBC URL and registers members,
 * printing the seq of each event once its transaction has committed, until it has appended
 * {@code count} events (or is killed).
 *
 * <p>Arguments: URL, key file, prefix of the member ids, count.
 */
public final class AppendingChild {
  private AppendingChild() {}

  public static void main(String[] args) {
    Database database = Database.of(args[0]);
    String prefix = args[2];
    long count = Long.parseLong(args[3]);
    try (JdbcRecord record = JdbcRecord.open(database, new KeyFile(Path.of(args[1])), "Crash test", Clock.systemUTC())) {
      System.out.println("open");
      System.out.flush();
      for (long i = 0; i < count; i++) {
        long seq = record.submit(Actor.instance(), new RegisterMember(prefix + "-" + System.nanoTime(), "Someone"))
            .getLast().seq();
        System.out.println(seq);
        System.out.flush();
      }
    }
  }
}
