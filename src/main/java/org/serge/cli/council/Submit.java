package org.serge.cli.council;

import java.util.concurrent.Callable;
import org.serge.cli.RecordOptions;
import org.serge.council.Action;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** A subcommand that submits one action as the member named by --as. */
abstract class Submit implements Callable<Integer> {
  @Option(names = "--json", description = "Print the recorded events as JSON.") boolean json;
  @Mixin ActorOptions who;
  @Mixin RecordOptions records;
  @Spec CommandSpec spec;

  abstract Action action();

  /** Fields printed for the one who acted, after the events (a receipt secret); none by default. */
  com.fasterxml.jackson.databind.node.ObjectNode extra() {
    return null;
  }

  @Override
  public Integer call() {
    Action action = action();
    return Submission.submit(spec, records, who, json, action, extra());
  }
}
