package org.serge.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/** The store contract on embedded H2 files, each test in a folder of its own. */
class H2StoreTest extends StoreContract {
  @Override
  Database newDatabase() {
    try {
      return Database.h2(Files.createTempDirectory(dir, "h2-"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
