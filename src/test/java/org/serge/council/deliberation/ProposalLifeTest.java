package org.serge.council.deliberation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.serge.council.motion.Choice.ABSTAIN;
import static org.serge.council.motion.Choice.NO;
import static org.serge.council.motion.Choice.YES;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.serge.council.motion.Motion;

/** The whole life of a proposal: versions, amendments accepted, adopted and rejected, debate, decision, minority reports. */
class ProposalLifeTest {
  private final Scene scene = new Scene();

  @AfterEach
  void replayGivesTheSameTables() {
    scene.assertReplayMatches();
  }

  @Test
  void aProposalLivesThroughVersionsAmendmentsDebateAVoteAndMinorityReports() {
    String p = scene.made("ana", new Propose("rail", "ordinary", "Four-day week", "We work four days of eight hours."),
        "proposal");
    scene.act("ana", new ReviseProposal(p, "Four-day week", "We work four days of eight hours, on full pay.",
        "pay made explicit"));

    String accepted = scene.made("bob", new ProposeAmendment(p, "Four-day week, Fridays off",
        "We work Monday to Thursday, eight hours a day, on full pay.", "one common day off"), "amendment");
    scene.act("ana", new AcceptAmendment(accepted));

    String adopted = scene.made("cai", new ProposeAmendment(p, "Four-day week, Fridays off, night rotas",
        "We work Monday to Thursday, eight hours a day, on full pay; night trains run on rotas.",
        "night trains must still run"), "amendment");
    String adoptedMotion = scene.made("cai", new PutAmendmentToVote(adopted), "motion");
    scene.vote(adoptedMotion, YES, "bob", "cai", "dan");
    scene.vote(adoptedMotion, NO, "ana", "eve");
    scene.vote(adoptedMotion, ABSTAIN, "fay");
    String adoptedDecision = scene.close("ana", adoptedMotion);

    String rejected = scene.made("dan", new ProposeAmendment(p, "Three-day week", "We work three days.",
        "why stop at four"), "amendment");
    String rejectedMotion = scene.made("dan", new PutAmendmentToVote(rejected), "motion");
    scene.vote(rejectedMotion, YES, "dan");
    scene.vote(rejectedMotion, NO, "ana", "bob", "cai", "eve", "fay");
    String rejectedDecision = scene.close("dan", rejectedMotion);

    String question = scene.made("eve", new AddComment(p, "Who covers the night trains?"), "comment");
    String answer = scene.made("cai", new AddComment(question, "The rotas in my amendment."), "comment");
    String onAmendment = scene.made("dan", new AddComment(rejected, "Three days work with automation."), "comment");
    String objection = scene.made("eve", new AddComment(question, "Rotas put the nights on a few of us."), "comment");

    String motion = scene.made("ana", new PutProposalToVote(p), "motion");
    scene.vote(motion, YES, "ana", "bob", "cai");
    scene.vote(motion, NO, "dan", "eve");
    scene.vote(motion, ABSTAIN, "fay");
    String decision = scene.close("bob", motion);

    String timid = scene.made("dan", new WriteMinorityReport(decision, "Four days is timid",
        "Automation allows three days; we should have asked for them."), "report");
    String nights = scene.made("eve", new WriteMinorityReport(decision, "Nights fall on the few",
        "Rotas will put night shifts on those with no children."), "report");
    String review = scene.made("fay", new WriteMinorityReport(decision, "Rotas need a review",
        "The rotas should be reviewed within a year."), "report");
    scene.act("dan", new SignMinorityReport(review));
    assertEquals(List.of(review), ids(scene.read(q -> q.decision(decision)).gathering()));
    scene.act("eve", new SignMinorityReport(review));
    String afterwards = scene.made("cai", new AddComment(decision, "We review the rotas next November."), "comment");

    // Every version stays, with who wrote it and where it came from.
    List<ProposalVersion> versions = scene.read(q -> Deliberation.versions(q, p));
    assertEquals(List.of(1L, 2L, 3L, 4L), versions.stream().map(ProposalVersion::version).toList());
    assertEquals(List.of("proposed", "revised", "accepted", "adopted"),
        versions.stream().map(ProposalVersion::source).toList());
    assertEquals(List.of("ana", "ana", "bob", "cai"), versions.stream().map(ProposalVersion::author).toList());
    assertEquals("We work four days of eight hours.", versions.get(0).text());
    assertEquals("pay made explicit", versions.get(1).note());
    assertEquals(accepted, versions.get(2).amendment());
    assertNull(versions.get(2).decision());
    assertEquals(adopted, versions.get(3).amendment());
    assertEquals(adoptedDecision, versions.get(3).decision());

    // Amendments stay with their outcome.
    List<Amendment> amendments = scene.read(q -> Deliberation.amendments(q, p)).stream().map(Shown::content).toList();
    assertEquals(List.of(accepted, adopted, rejected), amendments.stream().map(Amendment::id).toList());
    assertEquals(List.of("accepted", "adopted", "rejected"), amendments.stream().map(Amendment::status).toList());
    assertEquals(3L, amendments.get(0).version());
    assertEquals(4L, amendments.get(1).version());
    assertNull(amendments.get(2).version());
    assertEquals(rejectedDecision, amendments.get(2).decision());
    assertEquals("We work three days.", amendments.get(2).text());
    assertEquals(4L, amendments.get(2).baseVersion());

    Decision onRejected = scene.read(q -> q.decision(rejectedDecision)).decision();
    assertEquals(List.of("rejected", "amendment", rejected, p), List.of(onRejected.outcome(), onRejected.subjectType(),
        onRejected.subjectId(), onRejected.proposal()));
    assertEquals(List.of(1L, 5L, 0L, 6L), List.of(onRejected.yes(), onRejected.no(), onRejected.abstain(),
        onRejected.entitled()));

    // The proposal's decision: the version voted on, the tally, the rule, the motion, and its reports.
    Proposal proposal = scene.read(q -> Deliberation.proposal(q, p));
    assertEquals(List.of("adopted", "4", motion, decision), List.of(proposal.status(),
        String.valueOf(proposal.version()), proposal.motion(), proposal.decision()));
    PublishedDecision published = scene.read(q -> q.decision(decision));
    Decision d = published.decision();
    assertEquals(List.of(motion, "proposal", p, "adopted", "decisions.ordinary", "ordinary"),
        List.of(d.motion(), d.subjectType(), d.subjectId(), d.outcome(), d.rule(), d.kind()));
    assertEquals(4L, d.version());
    assertEquals(List.of(3L, 2L, 1L, 6L), List.of(d.yes(), d.no(), d.abstain(), d.entitled()));
    Motion m = scene.read(q -> q.motion(motion));
    assertEquals(versions.get(3).text(), m.text());
    assertEquals(List.of(timid, nights, review), ids(published.attached()));
    assertEquals(List.of(), published.gathering());
    assertEquals(List.of("losing-side", "losing-side", "signatures"),
        published.reports().stream().map(r -> r.content().route()).toList());
    assertEquals(List.of("fay", "dan", "eve"),
        scene.read(q -> Deliberation.signatures(q, review)).stream().map(ReportSignature::member).toList());
    assertEquals(3L, published.reports().get(2).content().signatures());
    assertEquals(List.of(published), scene.read(q -> q.decisionsOf("rail")).stream()
        .filter(x -> x.decision().id().equals(decision)).toList());
    assertEquals(List.of(adoptedDecision, rejectedDecision, decision), scene.read(q -> Deliberation.decisionsOn(q, p))
        .stream().map(x -> x.decision().id()).toList());

    // The debate, in thread order.
    assertEquals(List.of(question, answer, objection), ids(scene.read(q -> Deliberation.thread(q, p))));
    assertEquals(List.of(onAmendment), ids(scene.read(q -> Deliberation.thread(q, rejected))));
    assertEquals(List.of(afterwards), ids(scene.read(q -> Deliberation.thread(q, decision))));
    assertEquals(question, scene.read(q -> Deliberation.comment(q, objection)).parent());
  }

  static List<String> ids(List<? extends Shown<? extends Content>> shown) {
    return shown.stream().map(s -> s.content().id()).toList();
  }
}
