package org.serge.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load by wrk (the HTTP benchmarking tool, {@code apt-get install wrk}) where it is installed:
 * runs {@code wrk --latency} on one URL and reads its p50, p99, requests and errors (socket
 * errors and answers other than 2xx/3xx) back as a {@link WebBenchmark.Result}.
 */
final class Wrk {
  private static final Pattern PERCENTILE = Pattern.compile("^\\s+(50|99)%\\s+([\\d.]+)(us|ms|s)\\s*$",
      Pattern.MULTILINE);
  private static final Pattern REQUESTS = Pattern.compile("(\\d+) requests in ([\\d.]+)(us|ms|s|m)");
  private static final Pattern SOCKET = Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+),"
      + " timeout (\\d+)");
  private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses: (\\d+)");

  private Wrk() {}

  /** Whether wrk is on the PATH. */
  static boolean installed() {
    try {
      Process p = new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      p.waitFor(10, TimeUnit.SECONDS);
      return true;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  static WebBenchmark.Result run(String base, String path, int connections, Duration duration) throws Exception {
    int threads = Math.max(1, Math.min(connections, Runtime.getRuntime().availableProcessors()));
    Process p = new ProcessBuilder("wrk", "--latency", "-t" + threads, "-c" + connections,
        "-d" + Math.max(1, duration.toSeconds()) + "s", base + path).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(duration.toSeconds() + 60, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new IOException("wrk failed on " + path + ": " + out);
    }
    return parse(path, out);
  }

  /** Reads wrk's report. */
  static WebBenchmark.Result parse(String path, String out) {
    double p50 = Double.NaN;
    double p99 = Double.NaN;
    Matcher m = PERCENTILE.matcher(out);
    while (m.find()) {
      double millis = millis(Double.parseDouble(m.group(2)), m.group(3));
      if (m.group(1).equals("50")) {
        p50 = millis;
      } else {
        p99 = millis;
      }
    }
    Matcher r = REQUESTS.matcher(out);
    if (!r.find()) {
      throw new IllegalStateException("no request count in wrk's report: " + out);
    }
    long requests = Long.parseLong(r.group(1));
    double seconds = millis(Double.parseDouble(r.group(2)), r.group(3)) / 1000;
    long errors = 0;
    Matcher s = SOCKET.matcher(out);
    if (s.find()) {
      for (int g = 1; g <= 4; g++) {
        errors += Long.parseLong(s.group(g));
      }
    }
    Matcher n = NON_2XX.matcher(out);
    if (n.find()) {
      errors += Long.parseLong(n.group(1));
    }
    return new WebBenchmark.Result(path, requests, errors, p50, p99, requests / seconds);
  }

  private static double millis(double value, String unit) {
    return switch (unit) {
      case "us" -> value / 1000;
      case "ms" -> value;
      case "s" -> value * 1000;
      default -> value * 60_000;
    };
  }
}
