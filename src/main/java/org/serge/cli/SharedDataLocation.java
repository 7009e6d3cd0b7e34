package org.serge.cli;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.serge.InvalidInputException;

/**
 * Where the real data sets live when a command is not told: $SERGE_DATA, else shared/data
 * beside the project (the jar sits in PROJECT/target), else ../shared/data from here.
 */
final class SharedDataLocation {
  private SharedDataLocation() {}

  /** The folder {@code relative} under the data root; a clear error naming where it looked. */
  static Path resolve(String relative) {
    List<Path> tried = new ArrayList<>();
    for (Path root : candidates()) {
      Path path = root.resolve(relative).normalize();
      if (Files.exists(path)) {
        return path;
      }
      tried.add(path);
    }
    throw new InvalidInputException(null, 0, null, "cannot find the data set '" + relative + "': looked in "
        + tried + "; set SERGE_DATA to the folder that holds it");
  }

  private static List<Path> candidates() {
    List<Path> roots = new ArrayList<>();
    String env = System.getenv("SERGE_DATA");
    if (env != null && !env.isBlank()) {
      roots.add(Path.of(env).toAbsolutePath());
    }
    try {
      Path jar = Path.of(SharedDataLocation.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      Path project = jar.getParent() != null ? jar.getParent().getParent() : null;
      if (project != null) {
        roots.add(project.resolve("../shared/data").toAbsolutePath());
      }
    } catch (URISyntaxException | SecurityException | NullPointerException e) {
      // no code source: fall back to the working directory
    }
    roots.add(Path.of("../shared/data").toAbsolutePath());
    return roots;
  }
}
