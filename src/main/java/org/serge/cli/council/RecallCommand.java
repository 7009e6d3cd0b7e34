package org.serge.cli.council;

import org.serge.council.Action;
import org.serge.council.mandate.MoveRecall;
import org.serge.council.mandate.PetitionRecall;
import org.serge.council.mandate.SignRecall;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code serge recall petition|sign|move}: the council recalls its delegate at any time. */
@Command(name = "recall", mixinStandardHelpOptions = true,
    description = {"Recall a delegate: start a petition (the recall vote opens by itself once the constitution's",
        "share of members has signed), sign one, or move the recall vote directly."},
    subcommands = {RecallCommand.Petition.class, RecallCommand.Sign.class, RecallCommand.Move.class})
public final class RecallCommand extends Group {
  @Command(name = "petition", mixinStandardHelpOptions = true, description = "Start a petition to recall the delegate holding MANDATE.")
  static final class Petition extends Submit {
    @Parameters(index = "0", paramLabel = "MANDATE") String mandate;
    @Option(names = "--grounds", required = true, paramLabel = "TEXT|@FILE") String grounds;

    Action action() {
      return new PetitionRecall(mandate, Common.text(grounds, "--grounds"));
    }
  }

  @Command(name = "sign", mixinStandardHelpOptions = true, description = "Sign a recall petition.")
  static final class Sign extends Submit {
    @Parameters(index = "0", paramLabel = "PETITION") String petition;

    Action action() {
      return new SignRecall(petition);
    }
  }

  @Command(name = "move", mixinStandardHelpOptions = true, description = "Move the council's vote to recall the delegate holding MANDATE.")
  static final class Move extends Submit {
    @Parameters(index = "0", paramLabel = "MANDATE") String mandate;
    @Option(names = "--grounds", required = true, paramLabel = "TEXT|@FILE") String grounds;

    Action action() {
      return new MoveRecall(mandate, Common.text(grounds, "--grounds"));
    }
  }
}
