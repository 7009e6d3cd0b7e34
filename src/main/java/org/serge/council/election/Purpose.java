package org.serge.council.election;

import java.time.Instant;
import java.util.List;
import org.serge.council.Fact;
import org.serge.council.Polity;

/**
 * What an election is for, and what its result does, as facts recorded with its count: a
 * {@code general} election's result is the record itself; an election of {@code delegates}
 * grants mandates to the winners. Registered by name in {@link Purposes}, as a motion's
 * subject picks its {@link org.serge.council.motion.Consequence}.
 */
public interface Purpose {
  /**
   * Whether every candidate must act in the council ({@link org.serge.council.Electorate})
   * when the election opens; {@link OpenElection} refuses otherwise, naming
   * {@link ElectionArticles#CANDIDATES}.
   */
  boolean candidatesActInCouncil();

  /**
   * Further checks when an election with this purpose opens (who may open it, how many seats);
   * throws {@link org.serge.council.Refused} or bad input. By default none.
   */
  default void checkOpening(Polity polity, ElectionOpened opening, Instant now) {}

  /**
   * The facts that follow the count, recorded after {@code election.counted} (none for a
   * lapsed election).
   *
   * @param election the election as it stood before closing (status {@code open})
   * @param elected the elected candidates' ids, in order of election
   * @param nextSeq the seq the first returned fact's event will have
   */
  List<Fact> counted(Polity polity, Election election, List<String> elected, Instant now, long nextSeq);
}
