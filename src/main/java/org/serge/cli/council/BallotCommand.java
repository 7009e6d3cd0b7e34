package org.serge.cli.council;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.serge.council.Action;
import org.serge.council.election.CastBallot;
import org.serge.council.election.Receipts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code serge election ballot ELECTION MARK…} (and {@code serge budget ballot ROUND PROJECT…}):
 * casts a secret ballot and prints the receipt secret, which the voter alone keeps. The public
 * record says that they voted, never what; a ballot is final.
 */
@Command(name = "ballot", mixinStandardHelpOptions = true,
    description = {"Cast your secret ballot: candidates in order of preference (ranked methods), or those you approve;",
        "for a budget round, the projects you approve. Prints your receipt secret: keep it to check your ballot later."})
final class BallotCommand extends Submit {
  @Parameters(index = "0", paramLabel = "ELECTION|ROUND") String election;
  @Parameters(index = "1..*", arity = "0..*", paramLabel = "MARK", description = "Candidate or project ids; none for a blank ballot.")
  List<String> marks = List.of();
  private String secret;

  @Override
  Action action() {
    secret = Randomness.token(32);
    return new CastBallot(election, marks, Randomness.token(24), Receipts.hash(secret));
  }

  @Override
  ObjectNode extra() {
    return Submission.MAPPER.createObjectNode().put("receiptSecret", secret)
        .put("note", "keep this secret to check your ballot with `serge election receipt`; nobody else has it");
  }
}
