package org.serge.cli.council;

import java.nio.file.Path;
import org.serge.council.Action;
import org.serge.council.FoundFederation;
import org.serge.council.constitution.Constitution;
import org.serge.formats.ConstitutionFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code serge init CONSTITUTION.yaml --federation ID}: opens the record (on first use of the
 * store) and founds a top-level federation from its constitution file. The instance does
 * this and nothing else: from then on only members act, under the rules.
 */
@Command(name = "init", mixinStandardHelpOptions = true,
    description = {"Found a top-level federation from a constitution file (docs/constitution.md).",
        "The file is checked whole first: a bad file names its line and key, and nothing is recorded."})
public final class InitCommand extends Submit {
  @Parameters(index = "0", paramLabel = "CONSTITUTION", description = "The constitution, a YAML file.") Path file;
  @Option(names = "--federation", required = true, paramLabel = "ID", description = "The federation's id, for ever.") String id;
  @Option(names = "--name", paramLabel = "NAME", description = "Its name (default: the constitution's name).") String name;

  @Override
  Action action() {
    if (who.member != null) {
      throw new org.serge.council.Refused(org.serge.council.Articles.INSTANCE,
          "a top-level federation is founded by the instance (serge init without --as)");
    }
    Constitution constitution = ConstitutionFile.read(file);
    return new FoundFederation(id, name != null ? name : constitution.name(), constitution);
  }
}
