package org.serge.council.deliberation;

import java.util.List;

/**
 * A decision as it is shown everywhere: with every minority report on it, each with its
 * hiding when a moderator hid it. The only way queries hand out decisions, so that no
 * adapter can show one without its reports.
 *
 * @param reports every minority report on the decision, attached or still gathering
 *     signatures, in the order written
 */
public record PublishedDecision(Decision decision, List<Shown<MinorityReport>> reports) {
  public PublishedDecision {
    reports = List.copyOf(reports);
  }

  /** The reports attached to the decision: those published with it. */
  public List<Shown<MinorityReport>> attached() {
    return reports.stream().filter(r -> r.content().isAttached()).toList();
  }

  /** The reports still gathering signatures. */
  public List<Shown<MinorityReport>> gathering() {
    return reports.stream().filter(r -> !r.content().isAttached()).toList();
  }
}
