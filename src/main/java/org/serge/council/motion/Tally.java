package org.serge.council.motion;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.serge.council.Polity;

/** The standing votes on a motion among those entitled: yes, no, abstain. */
public record Tally(long yes, long no, long abstain, long entitled) {
  /** Counts the votes of those entitled (a vote by anyone else cannot stand, but is ignored to be safe). */
  public static Tally of(Polity polity, Motion motion, List<String> entitled) {
    Set<String> voters = new HashSet<>(entitled);
    long yes = 0;
    long no = 0;
    long abstain = 0;
    for (Vote vote : polity.votesOn(motion.id())) {
      if (!voters.contains(vote.voter())) {
        continue;
      }
      switch (Choice.parse(vote.choice())) {
        case YES -> yes++;
        case NO -> no++;
        case ABSTAIN -> abstain++;
      }
    }
    return new Tally(yes, no, abstain, entitled.size());
  }

  public long voted() {
    return yes + no + abstain;
  }
}
