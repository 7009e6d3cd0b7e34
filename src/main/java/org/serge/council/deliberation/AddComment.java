package org.serge.council.deliberation;

import java.time.Instant;
import java.util.List;
import org.serge.council.Action;
import org.serge.council.Actor;
import org.serge.council.Electorate;
import org.serge.council.Fact;
import org.serge.council.Polity;
import org.serge.council.Times;

/**
 * Comments on a proposal, an amendment or a decision, or replies to a comment ({@code on} is
 * its id). Those who act in the council debate in it; everyone may read the debate, as the
 * whole record is public, and members of other councils speak through their own council or
 * their delegates in the federation's assembly.
 */
public record AddComment(String on, String text) implements Action {
  public List<Fact> decide(Polity polity, Actor actor, Instant now) {
    String subject = on;
    String parent = null;
    if (on != null && on.startsWith("c-")) {
      parent = on;
      subject = Deliberation.comment(polity, on).subject();
    }
    String council = CommentAdded.councilOf(polity, subject);
    Electorate.require(polity, council, actor, Times.text(now), "comment");
    return List.of(new CommentAdded(council, Comment.id(polity.seq() + 1), subject, parent,
        Texts.required("text", text)));
  }
}
