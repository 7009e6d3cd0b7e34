package org.serge.voting;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Sequential IRV (RCTab's multiPassIrv): one single-winner IRV count per seat, each pass
 * with the winners of the earlier passes set aside (their marks are skipped, as for a
 * withdrawn candidate). The combined sheet lists every pass's rounds one after another,
 * renumbered, with a note naming the pass; {@link #passes} gives each pass's own sheet.
 * Immutable and thread-safe.
 */
public final class SequentialIrv implements CountingRule {
  private final IrvOptions options;

  public SequentialIrv(IrvOptions options) {
    this.options = options;
  }

  @Override
  public String name() {
    return "sequential-irv";
  }

  /** Each pass's count sheet, first seat first. */
  public List<CountResult> passes(Contest contest) {
    List<CountResult> passes = new ArrayList<>();
    Set<Integer> setAside = new HashSet<>(contest.withdrawn());
    for (int seat = 0; seat < contest.seats(); seat++) {
      if (setAside.size() >= contest.size()) {
        break;
      }
      Contest pass = new Contest(contest.title(), contest.candidates(), 1, setAside, contest.ballots());
      CountResult result = new Irv(options).count(pass);
      passes.add(result);
      setAside.add(contest.candidates().indexOf(result.elected().get(0)));
    }
    return passes;
  }

  @Override
  public CountResult count(Contest contest) {
    List<CountResult> passes = passes(contest);
    List<String> elected = new ArrayList<>();
    List<Round> rounds = new ArrayList<>();
    for (int p = 0; p < passes.size(); p++) {
      CountResult pass = passes.get(p);
      elected.addAll(pass.elected());
      for (Round r : pass.rounds()) {
        String note = "pass " + (p + 1) + ", round " + r.number()
            + (r.note().isEmpty() ? "" : "; " + r.note());
        rounds.add(new Round(rounds.size() + 1, r.threshold(), r.tally(), r.elected(),
            r.eliminated(), r.transfers(), r.exhausted(), r.inactive(), r.lossToRounding(), note));
      }
    }
    return new CountResult(name(), contest.title(), contest.seats(),
        passes.isEmpty() ? java.math.BigDecimal.ZERO : passes.get(0).votesIn(), elected, rounds);
  }
}
