package org.serge.cli.council;

import org.serge.council.Action;
import org.serge.council.deliberation.AppealHiding;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code serge appeal HIDING --grounds …}: the author appeals to the council against a hiding. */
@Command(name = "appeal", mixinStandardHelpOptions = true,
    description = {"Appeal against the hiding of your content: the council decides under its rule for appeals,",
        "and the moderator who hid it does not vote."})
public final class AppealCommand extends Submit {
  @Parameters(index = "0", paramLabel = "HIDING", description = "The hiding's id (h-…).") String hiding;
  @Option(names = "--grounds", required = true, paramLabel = "TEXT|@FILE") String grounds;

  @Override
  Action action() {
    return new AppealHiding(hiding, Common.text(grounds, "--grounds"));
  }
}
