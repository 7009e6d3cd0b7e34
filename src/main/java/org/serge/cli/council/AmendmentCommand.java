package org.serge.cli.council;

import org.serge.council.Action;
import org.serge.council.deliberation.AcceptAmendment;
import org.serge.council.deliberation.PutAmendmentToVote;
import org.serge.council.deliberation.WithdrawAmendment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code serge amendment accept|withdraw|put-to-vote}: what happens to an amendment after it is offered. */
@Command(name = "amendment", mixinStandardHelpOptions = true,
    description = "Accept (the proposal's author), withdraw (the amendment's author) or put an amendment to the vote.",
    subcommands = {AmendmentCommand.Accept.class, AmendmentCommand.Withdraw.class, AmendmentCommand.PutToVote.class})
public final class AmendmentCommand extends Group {
  @Command(name = "accept", mixinStandardHelpOptions = true, description = "Accept an amendment into your proposal: a new version.")
  static final class Accept extends Submit {
    @Parameters(index = "0", paramLabel = "AMENDMENT") String id;

    Action action() {
      return new AcceptAmendment(id);
    }
  }

  @Command(name = "withdraw", mixinStandardHelpOptions = true, description = "Withdraw your amendment while it is pending.")
  static final class Withdraw extends Submit {
    @Parameters(index = "0", paramLabel = "AMENDMENT") String id;

    Action action() {
      return new WithdrawAmendment(id);
    }
  }

  @Command(name = "put-to-vote", mixinStandardHelpOptions = true,
      description = "Put a pending amendment to the vote: the council decides it under the proposal's kind.")
  static final class PutToVote extends Submit {
    @Parameters(index = "0", paramLabel = "AMENDMENT") String id;

    Action action() {
      return new PutAmendmentToVote(id);
    }
  }
}
