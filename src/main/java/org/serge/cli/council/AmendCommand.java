package org.serge.cli.council;

import org.serge.council.Action;
import org.serge.council.deliberation.ProposeAmendment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code serge amend PROPOSAL --title … --text … --reason …}: a whole new text offered for a proposal. */
@Command(name = "amend", mixinStandardHelpOptions = true,
    description = {"Offer an amendment to an open proposal: a whole new title and text, with a reason.",
        "Its author may accept it; otherwise it goes to the vote (`serge amendment put-to-vote`)."})
public final class AmendCommand extends Submit {
  @Parameters(index = "0", paramLabel = "PROPOSAL") String proposal;
  @Option(names = "--title", required = true) String title;
  @Option(names = "--text", required = true, paramLabel = "TEXT|@FILE") String text;
  @Option(names = "--reason", required = true, paramLabel = "TEXT|@FILE") String reason;

  @Override
  Action action() {
    return new ProposeAmendment(proposal, title, Common.text(text, "--text"), Common.text(reason, "--reason"));
  }
}
