package org.serge.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.serge.store.Database;
import org.serge.store.StoreReport;
import org.serge.store.StoreVerifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code serge record verify}: replays the whole log from nothing, checking every hash, link
 * and signature, and compares every stored query table with the rebuilt one. Exit 0 when
 * everything checks out, 1 naming the first event or table row that does not.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
    description = "Check the whole record from nothing: hashes, chain, signatures, and every query table.")
final class RecordVerifyCommand implements Callable<Integer> {
  @Mixin RecordOptions record;

  @Option(names = "--json", description = "Print the report as JSON.")
  boolean json;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    Database database = record.database();
    database.migrate();
    long start = System.nanoTime();
    StoreReport report = StoreVerifier.verify(database);
    double seconds = (System.nanoTime() - start) / 1e9;
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      var node = Json.MAPPER.valueToTree(report);
      ((com.fasterxml.jackson.databind.node.ObjectNode) node).put("ok", report.ok()).put("seconds", seconds);
      out.println(Json.write(node));
    } else {
      out.printf("%s: %s (%.2f s)%n", report.ok() ? "ok" : "FAILED", report.message(), seconds);
    }
    out.flush();
    return report.ok() ? 0 : 1;
  }
}
