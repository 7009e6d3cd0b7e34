package org.serge.council.deliberation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.serge.council.motion.Choice.NO;
import static org.serge.council.motion.Choice.YES;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.serge.InvalidInputException;
import org.serge.council.Polity;
import org.serge.council.RegisteredKey;
import org.serge.record.Event;
import org.serge.record.Ledger;
import org.serge.record.Verifier;
import org.serge.record.VerifyingKey;

/** Deliberation in the public record: every event type replays and verifies; a forged event is named. */
class DeliberationRecordTest {
  static final Set<String> TYPES = Set.of(ProposalMade.TYPE, ProposalRevised.TYPE, ProposalWithdrawn.TYPE,
      ProposalPutToVote.TYPE, AmendmentProposed.TYPE, AmendmentAccepted.TYPE, AmendmentWithdrawn.TYPE,
      AmendmentPutToVote.TYPE, ProposalAmended.TYPE, CommentAdded.TYPE, DecisionRecorded.TYPE,
      MinorityReportWritten.TYPE, MinorityReportSigned.TYPE, MinorityReportAttached.TYPE, ContentHidden.TYPE,
      ContentAppealed.TYPE, ContentRestored.TYPE, ModeratorElected.TYPE);

  /** A scene that records every deliberation event type at least once. */
  static Scene everything() {
    Scene scene = new Scene();
    ModerationTest.elect(scene, "cai");
    String gone = scene.made("ana", new Propose("rail", "ordinary", "Gone", "Soon withdrawn."), "proposal");
    scene.act("ana", new WithdrawProposal(gone));
    String p = scene.made("ana", new Propose("rail", "ordinary", "Canteen", "A canteen."), "proposal");
    scene.act("ana", new ReviseProposal(p, "Canteen", "A canteen at the depot.", ""));
    String withdrawn = scene.made("bob", new ProposeAmendment(p, "No", "No canteen.", ""), "amendment");
    scene.act("bob", new WithdrawAmendment(withdrawn));
    String accepted = scene.made("bob", new ProposeAmendment(p, "Canteen+", "A big canteen.", ""), "amendment");
    scene.act("ana", new AcceptAmendment(accepted));
    String voted = scene.made("dan", new ProposeAmendment(p, "Canteen++", "A bigger canteen.", ""), "amendment");
    String amendmentVote = scene.made("dan", new PutAmendmentToVote(voted), "motion");
    scene.vote(amendmentVote, YES, Scene.RAIL.toArray(String[]::new));
    scene.close("dan", amendmentVote);
    String comment = scene.made("eve", new AddComment(p, "Managers are thieves."), "comment");
    String hiding = scene.made("cai", new HideContent(comment, "an attack"), "hiding");
    String appeal = scene.made("eve", new AppealHiding(hiding, "A fact."), "motion");
    scene.vote(appeal, YES, "ana", "bob", "dan", "eve", "fay");
    scene.close("eve", appeal);
    String motion = scene.made("ana", new PutProposalToVote(p), "motion");
    scene.vote(motion, YES, "ana", "bob", "cai", "fay");
    scene.vote(motion, NO, "dan", "eve");
    String d = scene.close("ana", motion);
    scene.made("dan", new WriteMinorityReport(d, "Against", "Too big."), "report");
    String signed = scene.made("fay", new WriteMinorityReport(d, "Review", "Review it."), "report");
    scene.act("ana", new SignMinorityReport(signed));
    scene.act("bob", new SignMinorityReport(signed));
    return scene;
  }

  @Test
  void everyDeliberationEventReplaysToTheSameTablesAndVerifies() {
    Scene scene = everything();
    Set<String> seen = scene.record.events(1).map(Event::type).collect(Collectors.toCollection(TreeSet::new));
    assertTrue(seen.containsAll(TYPES), "missing: " + TYPES.stream().filter(t -> !seen.contains(t)).toList());
    scene.assertReplayMatches();
    Map<String, VerifyingKey> keys = scene.read(p -> p.keys.rows().stream().collect(
        Collectors.toMap(RegisteredKey::id, k -> VerifyingKey.fromText(k.publicKey()))));
    assertTrue(new Verifier(keys::get).verify(scene.record.events(1).iterator()).ok());
  }

  @Test
  void aForgedEventThatDoesNotFitTheStateIsNamed() {
    Scene scene = everything();
    List<Event> events = scene.record.events(1).toList();
    Event hidden = events.stream().filter(e -> e.type().equals(ContentHidden.TYPE)).findFirst().orElseThrow();
    Polity polity = new Polity();
    events.stream().filter(e -> e.seq() < hidden.seq()).forEach(polity::apply);
    ObjectNode payload = hidden.payload().deepCopy();
    payload.put("content", "c-1");
    Event forged = Ledger.append(polity.head(), hidden.time(), hidden.scope(), hidden.actor(), hidden.type(), payload,
        Scene.key(1));
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> polity.apply(forged));
    assertTrue(e.getMessage().contains("event " + hidden.seq() + " (content.hidden)"), e.getMessage());
    assertTrue(e.getMessage().contains("no comment 'c-1'"), e.getMessage());

    ObjectNode wrongId = hidden.payload().deepCopy();
    wrongId.put("hiding", "h-1");
    Event misnumbered = Ledger.append(polity.head(), hidden.time(), hidden.scope(), hidden.actor(), hidden.type(),
        wrongId, Scene.key(1));
    InvalidInputException named = assertThrows(InvalidInputException.class, () -> polity.apply(misnumbered));
    assertTrue(named.getMessage().contains("event " + hidden.seq() + " (content.hidden)"), named.getMessage());
    assertTrue(named.getMessage().contains("payload.hiding"), named.getMessage());
  }
}
