package org.serge.cli.council;

import org.serge.council.Action;
import org.serge.council.deliberation.HideContent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code serge hide CONTENT --reason …}: a moderator hides content, never deleting it. */
@Command(name = "hide", mixinStandardHelpOptions = true,
    description = {"Hide a proposal, amendment, comment or minority report, as a moderator, with a reason.",
        "Nothing is deleted: the content stays in the record, readable with the reason; its author may appeal."})
public final class HideCommand extends Submit {
  @Parameters(index = "0", paramLabel = "CONTENT", description = "The id of the content (p-…, a-…, c-…, r-…).")
  String content;
  @Option(names = "--reason", required = true, paramLabel = "TEXT|@FILE") String reason;

  @Override
  Action action() {
    return new HideContent(content, Common.text(reason, "--reason"));
  }
}
