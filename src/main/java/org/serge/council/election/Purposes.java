package org.serge.council.election;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.serge.InvalidInputException;
import org.serge.council.Fact;
import org.serge.council.Polity;

/** The purposes an election can have, by name; one visible list. */
public final class Purposes {
  private Purposes() {}

  /** A general election: anyone may stand (named by id and name), and the count is the whole result. */
  public static final Purpose GENERAL = new Purpose() {
    public boolean candidatesActInCouncil() {
      return false;
    }

    public List<Fact> counted(Polity polity, Election election, List<String> elected, Instant now, long nextSeq) {
      return List.of();
    }
  };

  /**
   * Officers of the council (a chair, a secretary): the candidates are its own members (or, in
   * a federation, delegates to its assembly); the count is the whole result.
   */
  public static final Purpose OFFICERS = new Purpose() {
    public boolean candidatesActInCouncil() {
      return true;
    }

    public List<Fact> counted(Polity polity, Election election, List<String> elected, Instant now, long nextSeq) {
      return List.of();
    }
  };

  /** The council's delegates to its federation's assembly: winners are granted mandates ({@link DelegatesPurpose}). */
  public static final Purpose DELEGATES = new DelegatesPurpose();

  private static final Map<String, Purpose> BY_NAME =
      Map.of("general", GENERAL, "officers", OFFICERS, "delegates", DELEGATES);

  /** The purpose called {@code name}; bad input naming field {@code purpose} when there is none. */
  public static Purpose of(String name) {
    Purpose purpose = BY_NAME.get(name);
    if (purpose == null) {
      throw new InvalidInputException(null, 0, "purpose", "no election can have purpose '" + name + "' (one of "
          + new TreeSet<>(BY_NAME.keySet()) + ")");
    }
    return purpose;
  }
}
