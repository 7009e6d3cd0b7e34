package org.serge.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code serge record …}: read, check, export and import the public record. */
@Command(
    name = "record",
    mixinStandardHelpOptions = true,
    description = "The public record: show its events, verify it from nothing, export or import it as JSON lines.",
    subcommands = {
      RecordShowCommand.class,
      RecordVerifyCommand.class,
      RecordExportCommand.class,
      RecordImportCommand.class,
    })
final class RecordCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
