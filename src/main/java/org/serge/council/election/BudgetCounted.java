package org.serge.council.election;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.serge.council.Payload;
import org.serge.council.Polity;
import org.serge.council.Stamp;
import org.serge.record.CanonicalJson;

/**
 * A budget round counted from its published ballots by its rule: the projects selected, in
 * order of selection, what they cost, and the "for whom" figures. Applying it recounts, so a
 * replay refuses, naming this event, a selection that is not what the ballots give.
 */
public record BudgetCounted(String council, String round, List<String> selected, long spent, ObjectNode figures)
    implements ElectionFact {
  public static final String TYPE = "budget.counted";

  public BudgetCounted {
    selected = List.copyOf(selected);
  }

  public static BudgetCounted read(Payload p) {
    return new BudgetCounted(p.text("council"), p.text("round"), p.texts("selected"), p.integer("spent"),
        p.object("figures").node());
  }

  public String type() {
    return TYPE;
  }

  public ObjectNode payload() {
    ObjectNode p = Payload.object();
    p.put("council", council);
    p.put("round", round);
    p.set("selected", Payload.texts(selected));
    p.put("spent", spent);
    p.set("figures", figures);
    return p;
  }

  public void apply(Polity polity, Stamp stamp) {
    BudgetRound r = (BudgetRound) vote(polity, stamp, round, "published");
    List<String> ballots = Elections.published(polity, round).stream().map(PublishedBallot::ballot).toList();
    Counts.BudgetCount recount = Counts.budget(polity, r, ballots);
    if (!recount.selected().equals(selected) || recount.spent() != spent) {
      throw bad(stamp, "selected", selected + " is not the result of the published ballots: a recount by "
          + r.method() + " selects " + recount.selected());
    }
    String figuresText = CanonicalJson.write(figures);
    if (!CanonicalJson.write(recount.figures()).equals(figuresText)) {
      throw bad(stamp, "figures", "the figures differ from a recount of the published ballots");
    }
    polity.budgetRounds.put(r.ended("counted", CanonicalJson.write(Payload.texts(selected)), spent, figuresText,
        r.closedSeq()));
    for (BudgetProject p : Elections.projects(polity, round)) {
      int order = selected.indexOf(p.project());
      long support = recount.figures().get("supporters").get(p.project()).longValue();
      polity.budgetProjects.put(new BudgetProject(p.id(), round, p.project(), p.name(), p.cost(), p.position(), support,
          order < 0 ? null : order + 1L));
    }
  }
}
