package org.serge.council.deliberation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.serge.council.Payload;
import org.serge.council.Polity;
import org.serge.council.Stamp;

/**
 * A member commented on a proposal, an amendment or a decision ({@code subject}), or replied to
 * a comment on it ({@code parent}, null for a comment on the subject itself).
 */
public record CommentAdded(String council, String comment, String subject, String parent, String text)
    implements DeliberationFact {
  public static final String TYPE = "comment.added";

  public static CommentAdded read(Payload p) {
    return new CommentAdded(p.text("council"), p.text("comment"), p.text("subject"), p.optionalText("parent"),
        p.text("text"));
  }

  public String type() {
    return TYPE;
  }

  public ObjectNode payload() {
    ObjectNode p = Payload.object();
    p.put("council", council);
    p.put("comment", comment);
    p.put("subject", subject);
    p.put("parent", parent);
    p.put("text", text);
    return p;
  }

  public void apply(Polity polity, Stamp stamp) {
    requireId(stamp, "comment", comment, "c-");
    require(stamp, "council", council, councilOf(polity, subject));
    if (parent != null) {
      require(stamp, "parent", Deliberation.comment(polity, parent).subject(), subject);
    }
    polity.comments.put(new Comment(comment, council, subject, parent, member(stamp), text, null, stamp.timeText(),
        stamp.seq()));
  }

  /** The council of a debate's subject: a proposal, an amendment or a decision. */
  static String councilOf(Polity polity, String subject) {
    if (subject != null && subject.startsWith("d-")) {
      return Deliberation.recorded(polity, subject).council();
    }
    Content content = Deliberation.content(polity, subject);
    if (!(content instanceof Proposal || content instanceof Amendment)) {
      throw new org.serge.InvalidInputException(null, 0, "subject",
          "comments are on a proposal, an amendment or a decision, or reply to a comment; not on " + subject);
    }
    return content.council();
  }
}
