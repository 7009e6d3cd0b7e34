package org.serge.formats;

import java.nio.file.Path;
import org.serge.council.constitution.Constitution;

/** TEMPORARY STUB: the gov branch's ConstitutionFile replaces this at merge. */
public final class ConstitutionFile {
  private ConstitutionFile() {}

  public static Constitution read(Path file) {
    throw new UnsupportedOperationException();
  }
}
