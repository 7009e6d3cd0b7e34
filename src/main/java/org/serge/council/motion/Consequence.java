package org.serge.council.motion;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.serge.council.Actor;
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
   * Checks the opening knowing who moves the motion and the kind of decision asked for: a
   * proposal is put to the vote by its author and under its own kind. By default, the check
   * above.
   */
  default void checkOpening(
      Polity polity, Actor actor, String councilId, String kind, String subjectId, Instant now) {
    checkOpening(polity, councilId, subjectId);
  }

  /**
   * The facts recorded with the opening, after the motion's own: the subject is now under vote.
   *
   * @param nextSeq the seq the first returned fact's event will have
   */
  default List<Fact> opened(Polity polity, MotionOpened motion, Instant now, long nextSeq) {
    return List.of();
  }

  /**
   * The members who may not vote on this motion because it judges their own act (a moderator
   * on an appeal against their hiding); they are not counted among those entitled either.
   */
  default Set<String> recused(Polity polity, Motion motion) {
    return Set.of();
  }

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
