package org.serge.cli.council;

import org.serge.council.Action;
import org.serge.council.motion.CloseMotion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code serge decide MOTION}: closes a motion under its rule and records the decision. */
@Command(name = "decide", mixinStandardHelpOptions = true,
    description = {"Close a motion and record the decision under the constitution's rule for its kind",
        "(quorum, threshold). Allowed once its period has ended, or when everyone entitled has voted."})
public final class DecideCommand extends Submit {
  @Parameters(index = "0", paramLabel = "MOTION") String motion;

  @Override
  Action action() {
    return new CloseMotion(motion);
  }
}
