package org.serge.cli.demo;

import java.util.List;
import java.util.function.BiConsumer;
import org.serge.council.Actor;
import org.serge.council.PublicRecord;
import org.serge.council.deliberation.AcceptAmendment;
import org.serge.council.deliberation.AddComment;
import org.serge.council.deliberation.Propose;
import org.serge.council.deliberation.ProposeAmendment;
import org.serge.council.deliberation.PublishedDecision;
import org.serge.council.deliberation.PutProposalToVote;
import org.serge.council.deliberation.WriteMinorityReport;
import org.serge.council.motion.CastVote;
import org.serge.council.motion.Choice;
import org.serge.council.motion.CloseMotion;
import org.serge.record.Event;

/**
 * The federation's assembly deciding the plan's objectives, as {@code serge demo} plays it: a
 * delegate proposes, another amends and the author accepts, the debate (where a member who is
 * no delegate is refused the floor), the vote under the constitution's plan rule, two against,
 * and a minority report by one of them.
 */
final class AssemblyDemo {
  static final String TITLE = "Objectives of the plan";
  static final int AGAINST = 2;

  /** The decision and the title it was taken on. */
  record Decided(PublishedDecision decision, String title) {}

  private final PublicRecord record;
  private final List<String> assembly;
  private final BiConsumer<String, Runnable> attempt;

  /**
   * @param assembly the delegates in the federation's assembly (at least 3)
   * @param attempt runs an act the demo expects refused, and keeps the refusal
   */
  AssemblyDemo(PublicRecord record, List<String> assembly, BiConsumer<String, Runnable> attempt) {
    this.record = record;
    this.assembly = assembly;
    this.attempt = attempt;
  }

  Decided objectives(String federation, String outsider) {
    String proposal = idOf(act(0, new Propose(federation, "plan", TITLE,
        "Plan for the households of every neighbourhood the 2019 basket, and for the public the rest of 2019's final "
            + "use and the projects chosen by participatory budget, paid from everyone's income; no one works over 40 "
            + "hours a week.")),
        "proposal");
    String amendment = idOf(act(1, new ProposeAmendment(proposal, TITLE,
        "Plan for the households of every neighbourhood the 2019 basket, and for the public the rest of 2019's final "
            + "use and the projects chosen by participatory budget, paid from everyone's income; no one works over 36 "
            + "hours a week.",
        "Care work is short; a shorter week shares the work.")), "amendment");
    act(0, new AcceptAmendment(amendment));
    act(2, new AddComment(proposal, "Paying for the projects from everyone's income puts the cost on the "
        + "neighbourhoods that will not see them; the north's rail and wind should be paid by all."));
    attempt.accept(outsider + ", a member of a council but no delegate, speaks in the federation's assembly",
        () -> record.submit(Actor.member(outsider), new AddComment(proposal, "I want a say too.")));
    String motion = idOf(act(0, new PutProposalToVote(proposal)), "motion");
    for (int d = 0; d < assembly.size(); d++) {
      act(d, new CastVote(motion, d >= 2 && d < 2 + AGAINST ? Choice.NO : Choice.YES));
    }
    List<Event> closed = act(0, new CloseMotion(motion));
    String decision = closed.stream().filter(e -> e.type().equals("decision.recorded")).findFirst().orElseThrow()
        .payload().get("decision").asText();
    act(2, new WriteMinorityReport(decision, "Who pays for the projects",
        "We share the objectives. But the public projects are paid from every council's income, while the rail "
            + "and wind projects serve the north; we asked that each region pay for its own and were outvoted."));
    return new Decided(record.read(p -> p.decision(decision)), TITLE);
  }

  private List<Event> act(int delegate, org.serge.council.Action action) {
    return record.submit(Actor.member(assembly.get(delegate)), action);
  }

  private static String idOf(List<Event> events, String field) {
    return events.stream().filter(e -> e.payload().has(field)).findFirst().orElseThrow().payload().get(field).asText();
  }
}
