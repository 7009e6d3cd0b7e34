package org.serge.cli.council;

import org.serge.council.Action;
import org.serge.council.deliberation.Propose;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code serge propose COUNCIL --title … --text …}: a proposal for the council to debate and decide. */
@Command(name = "propose", mixinStandardHelpOptions = true,
    description = "Make a proposal in a council (or, as a delegate, in a federation's assembly).")
public final class ProposeCommand extends Submit {
  @Parameters(index = "0", paramLabel = "COUNCIL", description = "The council it is made in.")
  String council;

  @Option(names = "--kind", defaultValue = "ordinary", paramLabel = "KIND",
      description = "The kind of decision asked for, as the constitution names it (default ${DEFAULT-VALUE}; e.g. plan).")
  String kind;

  @Option(names = "--title", required = true) String title;

  @Option(names = "--text", required = true, paramLabel = "TEXT|@FILE", description = "The proposal's words, or @FILE.")
  String text;


  @Override
  Action action() {
    return new Propose(council, kind, title, Common.text(text, "--text"));
  }
}
