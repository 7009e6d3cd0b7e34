package org.serge.council.election;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.serge.council.Payload;
import org.serge.council.Polity;
import org.serge.council.Stamp;
import org.serge.record.CanonicalJson;

/**
 * An election counted from its published ballots by its method: the elected candidates in
 * order of election and the count sheet (rounds, tallies, transfers). Applying it recounts
 * the published ballots, so a replay ({@code serge record verify}) refuses, naming this event,
 * a result that is not what the ballots give.
 */
public record ElectionCounted(String council, String election, List<String> elected, ObjectNode sheet)
    implements ElectionFact {
  public static final String TYPE = "election.counted";

  public ElectionCounted {
    elected = List.copyOf(elected);
  }

  public static ElectionCounted read(Payload p) {
    return new ElectionCounted(p.text("council"), p.text("election"), p.texts("elected"), p.object("sheet").node());
  }

  public String type() {
    return TYPE;
  }

  public ObjectNode payload() {
    ObjectNode p = Payload.object();
    p.put("council", council);
    p.put("election", election);
    p.set("elected", Payload.texts(elected));
    p.set("sheet", sheet);
    return p;
  }

  public void apply(Polity polity, Stamp stamp) {
    Election e = (Election) vote(polity, stamp, election, "published");
    List<String> ballots = Elections.published(polity, election).stream().map(PublishedBallot::ballot).toList();
    Counts.ElectionCount recount = Counts.election(polity, e, ballots);
    if (!recount.elected().equals(elected)) {
      throw bad(stamp, "elected", elected + " is not the result of the published ballots: a recount by "
          + e.method() + " elects " + recount.elected());
    }
    String sheetText = CanonicalJson.write(sheet);
    if (!CanonicalJson.write(recount.sheet()).equals(sheetText)) {
      throw bad(stamp, "sheet", "the count sheet differs from a recount of the published ballots by " + e.method());
    }
    polity.elections.put(e.ended("counted", CanonicalJson.write(Payload.texts(elected)), sheetText, e.closedSeq()));
    for (int i = 0; i < elected.size(); i++) {
      Candidate c = polity.electionCandidates.find(Candidate.id(election, elected.get(i))).orElseThrow();
      polity.electionCandidates.put(new Candidate(c.id(), election, c.candidate(), c.name(), c.position(), i + 1L));
    }
  }
}
