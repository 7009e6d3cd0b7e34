package org.serge.cli;

import org.serge.council.MemoryRecord;
import org.serge.council.PublicRecord;
import org.serge.record.SigningKey;
import picocli.CommandLine.Option;

/** TEMPORARY STUB (replaced by the store branch's RecordOptions at merge). */
public final class RecordOptions {
  @Option(names = "--db", paramLabel = "URL", description = "The store.")
  String db;

  public PublicRecord open() {
    return MemoryRecord.open("stub", SigningKey.generate(), java.time.Clock.systemUTC());
  }
}
