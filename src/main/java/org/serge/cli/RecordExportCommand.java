package org.serge.cli;

import java.util.concurrent.Callable;
import org.serge.store.Database;
import org.serge.store.RecordTransfer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code serge record export}: every event as JSON lines on standard output. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Write every event as JSON lines (seq, time, scope, actor, type, payload, prevHash, hash, signature, "
        + "signer) to standard output.")
final class RecordExportCommand implements Callable<Integer> {
  @Mixin RecordOptions record;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    Database database = record.database();
    database.migrate();
    RecordTransfer.export(database, spec.commandLine().getOut());
    return 0;
  }
}
