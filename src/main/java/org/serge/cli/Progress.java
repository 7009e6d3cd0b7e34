package org.serge.cli;

import java.io.PrintStream;
import org.serge.ProgressListener;

/**
 * A progress bar on standard error for work that takes more than a second. It draws only
 * when standard error is a terminal and only after the first second, so scripts and short
 * runs see nothing.
 */
final class Progress implements ProgressListener, AutoCloseable {
  private static final long DELAY_NANOS = 1_000_000_000L;
  private static final long REDRAW_NANOS = 100_000_000L;
  private static final int WIDTH = 30;

  private final PrintStream out;
  private final boolean enabled;
  private final long started = System.nanoTime();
  private long lastDrawn;
  private boolean drawn;

  Progress() {
    this(System.err, System.console() != null && System.console().isTerminal());
  }

  Progress(PrintStream out, boolean enabled) {
    this.out = out;
    this.enabled = enabled;
  }

  @Override
  public synchronized void progress(String stage, long done, long total) {
    if (!enabled) {
      return;
    }
    long now = System.nanoTime();
    if (now - started < DELAY_NANOS || now - lastDrawn < REDRAW_NANOS) {
      return;
    }
    lastDrawn = now;
    drawn = true;
    out.print("\r\033[K" + render(stage, done, total, (now - started) / 1e9));
    out.flush();
  }

  /**
   * Keeps the bar alive through one blocking step (an LP solve, say) by redrawing the stage
   * with the elapsed time until the returned handle is closed.
   */
  AutoCloseable during(String stage) {
    if (!enabled) {
      return () -> {};
    }
    Thread ticker = Thread.ofPlatform().daemon().start(() -> {
      try {
        while (!Thread.currentThread().isInterrupted()) {
          progress(stage, -1, -1);
          Thread.sleep(250);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    return ticker::interrupt;
  }

  static String render(String stage, long done, long total, double seconds) {
    if (total < 0) {
      return String.format("%s… (%.0f s)", stage, seconds);
    }
    if (total == 0) {
      return String.format("%s… %,d (%.0f s)", stage, done, seconds);
    }
    double fraction = Math.min(1.0, (double) done / total);
    int filled = (int) Math.round(fraction * WIDTH);
    return String.format(
        "%s [%s%s] %3.0f%% (%.0f s)",
        stage, "#".repeat(filled), " ".repeat(WIDTH - filled), fraction * 100, seconds);
  }

  @Override
  public synchronized void close() {
    if (drawn) {
      out.print("\r\033[K");
      out.flush();
    }
  }
}
