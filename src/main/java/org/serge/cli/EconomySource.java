package org.serge.cli;

import java.nio.file.Path;
import org.serge.InvalidInputException;
import org.serge.ProgressListener;
import org.serge.formats.DemandFile;
import org.serge.formats.EconomyFile;
import org.serge.formats.OnsTables;
import org.serge.planning.model.Economy;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** The economy a command works on: the ONS tables or a Serge economy file (one of them). */
final class EconomySource {
  // Optional for picocli, required by load(): `serge plan show|list` are subcommands of `serge plan`,
  // and picocli would otherwise demand --ons or --economy before a subcommand too.
  @ArgGroup(exclusive = true, multiplicity = "0..1")
  Choice choice;

  static final class Choice {
    @Option(names = "--ons", paramLabel = "DIR",
        description = "The ONS input-output analytical tables (folder with iot-flows.csv).")
    Path ons;

    @Option(names = "--economy", paramLabel = "FILE",
        description = "A Serge economy file (docs/formats.md; .gz allowed).")
    Path economy;
  }

  /** An economy and, for the ONS tables, the year's actual final demand. */
  record Loaded(Economy economy, double[] actualDemand) {}

  Loaded load(ProgressListener progress) {
    if (choice == null) {
      throw new InvalidInputException(null, 0, "--ons | --economy", "give the economy: --ons DIR or --economy FILE");
    }
    if (choice.ons != null) {
      OnsTables tables = OnsTables.read(choice.ons);
      return new Loaded(tables.economy(), tables.totalFinalDemand());
    }
    return new Loaded(EconomyFile.read(choice.economy, progress), null);
  }

  /** The demand in FILE, else the actual demand; fails when there is neither. */
  static double[] demand(Loaded loaded, Path file, String option) {
    if (file != null) {
      return DemandFile.read(file, loaded.economy());
    }
    if (loaded.actualDemand() != null) {
      return loaded.actualDemand();
    }
    throw new InvalidInputException(null, 0, option, "give " + option + " FILE (CSV: product,quantity)");
  }
}
