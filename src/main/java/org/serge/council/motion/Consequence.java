package org.serge.council.motion;

import java.time.Instant;
import java.util.List;
import org.serge.council.Fact;
import org.serge.council.Polity;

/**
 * What adopting a motion on one kind of subject does, as facts recorded with the closing:
 * a recall ends a mandate, an adopted proposal becomes a decision. Registered by subject
 * type in {@link Consequences}.
 */
public interface Consequence {
  /**
   * Checks, when a motion on this subject opens, that the subject exists and may be put to
   * this council; throws {@link org.serge.council.Refused} or bad input otherwise.
   */
  void checkOpening(Polity polity, String councilId, String subjectId);

  /**
   * The facts that follow adoption.
   *
   * @param nextSeq the seq the first returned fact's event will have
   */
  List<Fact> adopted(Polity polity, Motion motion, Instant now, long nextSeq);

  /** The facts that follow rejection or a lapse (usually none). */
  default List<Fact> notAdopted(Polity polity, Motion motion, Instant now, long nextSeq) {
    return List.of();
  }
}
