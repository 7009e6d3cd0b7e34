package org.serge.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.serge.store.Database;
import org.serge.store.RecordTransfer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code serge record import FILE}: reads an export into an empty store, after checking the
 * whole file as verify would; a bad file exits 2 naming the event, and nothing is written.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
    description = "Import an exported log (JSON lines) into an empty store; the whole file is verified first.")
final class RecordImportCommand implements Callable<Integer> {
  @Mixin RecordOptions record;

  @Parameters(index = "0", paramLabel = "FILE", description = "JSON lines, as serge record export writes them.")
  Path file;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    Database database = record.database();
    long events = RecordTransfer.importFile(database, file, Runtime.getRuntime().availableProcessors());
    spec.commandLine().getOut().printf("imported %d events into %s%n", events, database);
    spec.commandLine().getOut().flush();
    return 0;
  }
}
