package org.serge.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts {@link AppendingChild} in a JVM of its own, on this JVM's class path. */
final class ChildProcess {
  private ChildProcess() {}

  static Process start(Database database, KeyFile key, String prefix, long count) throws IOException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    return new ProcessBuilder(java.toString(), "-Xmx256m", "-XX:TieredStopAtLevel=1", "-Xshare:auto",
        "-cp", System.getProperty("java.class.path"), AppendingChild.class.getName(),
        database.url(), key.path().toString(), prefix, Long.toString(count))
        .redirectError(ProcessBuilder.Redirect.INHERIT)
        .start();
  }

  /** Every seq the child reported, reading until it ends. */
  static List<Long> seqs(Process child) throws IOException {
    List<Long> seqs = new ArrayList<>();
    BufferedReader out = reader(child);
    for (String line = out.readLine(); line != null; line = out.readLine()) {
      if (!line.equals("open")) {
        seqs.add(Long.parseLong(line.strip()));
      }
    }
    return seqs;
  }

  static BufferedReader reader(Process child) {
    return new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
  }
}
