package org.serge;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the real data the golden tests run on: the folder named by the system property
 * {@code serge.data} (set by the pom to ../shared/data beside the project), else
 * ../shared/data relative to the working directory.
 */
public final class SharedData {
  private SharedData() {}

  /** The data root; fails with a clear message when it is absent. */
  public static Path root() {
    String property = System.getProperty("serge.data");
    Path root = Path.of(property != null ? property : "../shared/data").toAbsolutePath().normalize();
    if (!Files.isDirectory(root)) {
      throw new IllegalStateException(
          "The shared test data is missing: expected it at " + root
              + " (the folder shared/data beside the project; set -Dserge.data=DIR to move it)");
    }
    return root;
  }

  /** A file or folder under the data root; fails with a clear message when it is absent. */
  public static Path resolve(String relative) {
    Path path = root().resolve(relative);
    if (!Files.exists(path)) {
      throw new IllegalStateException("The shared test data lacks " + path);
    }
    return path;
  }
}
