package org.serge.cli.council;

import org.serge.council.Action;
import org.serge.council.deliberation.AddComment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code serge comment ON --text …}: a comment on a proposal, amendment or decision, or a reply to a comment. */
@Command(name = "comment", mixinStandardHelpOptions = true,
    description = "Comment on a proposal, an amendment or a decision, or reply to a comment (its id). Never edited.")
public final class CommentCommand extends Submit {
  @Parameters(index = "0", paramLabel = "ON", description = "A proposal, amendment, decision or comment id.") String on;
  @Option(names = "--text", required = true, paramLabel = "TEXT|@FILE") String text;

  @Override
  Action action() {
    return new AddComment(on, Common.text(text, "--text"));
  }
}
