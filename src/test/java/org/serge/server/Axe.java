package org.serge.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * axe-core's {@code axe.min.js} (MPL-2.0, from npm), fetched once into {@code target/axe} with
 * {@code npm pack}: the browser tests inject it into every page.
 */
final class Axe {
  static final String VERSION = "4.14.1";

  private Axe() {}

  /** The path of axe.min.js, fetching it with npm if need be; null when npm cannot get it. */
  static synchronized Path script() throws IOException, InterruptedException {
    Path dir = Path.of("target", "axe").toAbsolutePath();
    Path script = dir.resolve("package").resolve("axe.min.js");
    if (Files.exists(script)) {
      return script;
    }
    Files.createDirectories(dir);
    if (!run(dir, "npm", "pack", "axe-core@" + VERSION, "--pack-destination", dir.toString())
        || !run(dir, "tar", "xzf", "axe-core-" + VERSION + ".tgz")) {
      return null;
    }
    return Files.exists(script) ? script : null;
  }

  private static boolean run(Path dir, String... command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
        .redirectOutput(dir.resolve("npm.log").toFile()).start();
    return p.waitFor(180, TimeUnit.SECONDS) && p.exitValue() == 0;
  }
}
