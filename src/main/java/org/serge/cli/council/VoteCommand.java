package org.serge.cli.council;

import org.serge.council.Action;
import org.serge.council.motion.CastVote;
import org.serge.council.motion.Choice;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code serge vote MOTION yes|no|abstain}: an open, named vote; a later vote replaces an earlier one. */
@Command(name = "vote", mixinStandardHelpOptions = true,
    description = "Vote on an open motion, by name (delegates are accountable). A later vote replaces your earlier one.")
public final class VoteCommand extends Submit {
  @Parameters(index = "0", paramLabel = "MOTION") String motion;
  @Parameters(index = "1", paramLabel = "yes|no|abstain") Choice choice;

  @Override
  Action action() {
    return new CastVote(motion, choice);
  }
}
