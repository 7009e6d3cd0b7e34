package org.serge.server;

import static org.serge.server.AuthorizationMatrixTest.MEMBERS_ACT;
import static org.serge.server.AuthorizationMatrixTest.OK;
import static org.serge.server.AuthorizationMatrixTest.SIGN_IN;
import static org.serge.server.AuthorizationMatrixTest.expect;
import static org.serge.server.AuthorizationMatrixTest.members;
import static org.serge.server.AuthorizationMatrixTest.own;

import java.util.ArrayList;
import java.util.List;
import org.serge.council.Actor;
import org.serge.council.AdmitMember;
import org.serge.council.Electorate;
import org.serge.council.Mandate;
import org.serge.council.RegisterMember;
import org.serge.council.mandate.ElectDelegate;
import org.serge.council.mandate.PetitionRecall;
import org.serge.council.motion.CastVote;
import org.serge.council.motion.Choice;
import org.serge.council.motion.CloseMotion;
import org.serge.council.motion.OpenMotion;
import org.serge.council.planning.CloseIteration;
import org.serge.council.planning.PlanningRounds;
import org.serge.server.AuthorizationMatrixTest.Case;
import org.serge.server.AuthorizationMatrixTest.Request;

/**
 * The matrix rows of delegates' mandates, recall, the constitution, opening planning rounds, the
 * fallback and plans, as {@link AuthorizationMatrixTest} runs them. Mandates to recall are fresh
 * for each role (a newly admitted member elected through the core), so that one role's petition
 * does not change what the next may do.
 */
final class MandateMatrixCases {
  static final String MANDATES = "articles.mandates";
  static final String AMENDMENTS = "articles.amendments";
  static final String RECALL_PETITION = "recall.petition";
  static final String OPENING = "articles.plan-rounds";
  static final String SPEC = "{\"title\":\"Plan\",\"period\":\"2027\",\"products\":[{\"code\":\"grain\","
      + "\"region\":\"uk\"},{\"code\":\"bread\",\"region\":\"uk\"}],\"resources\":[],\"maxHoursPerMember\":\"60\","
      + "\"publicDemand\":{\"bread\":\"10\"},\"budgets\":[],\"epsilon\":\"0.01\",\"maxRounds\":20,\"rule\":\"cost\"}";

  private MandateMatrixCases() {}

  static List<Case> cases() {
    List<Case> c = new ArrayList<>();
    String amend = "{\"title\":\"Same rules\",\"constitution\":" + DemoInstance.CONSTITUTION + "}";
    c.add(new Case("amendConstitution", (w, r) -> new Request("POST", "/api/councils/uk/constitution/amendments",
        amend), expect(SIGN_IN, MEMBERS_ACT, MEMBERS_ACT, OK, MEMBERS_ACT)));
    // After amendConstitution: one amendment at a time, each council deciding once (bob moves rail's ratification).
    c.add(new Case("ratifyAmendment", (w, r) -> new Request("POST", "/api/councils/" + own(r)[1] + "/ratifications",
        "{\"amendment\":\"" + adoptedAmendment(w) + "\"}"), expect(SIGN_IN, OK, OK, AMENDMENTS, AMENDMENTS)));
    c.add(new Case("setOwnRules", (w, r) -> new Request("POST", "/api/councils/rail/rules",
        "{\"title\":\"Moderators\",\"rules\":{\"moderation\":{\"moderators\":\"elected\"}}}"), members(MEMBERS_ACT)));
    c.add(new Case("openRound", (w, r) -> new Request("POST", "/api/councils/uk/rounds", "{\"decision\":\""
        + planMotion(w) + "\",\"spec\":" + SPEC + "}"), expect(SIGN_IN, MEMBERS_ACT, MEMBERS_ACT, OK, MEMBERS_ACT)));
    c.add(new Case("fallBack", (w, r) -> new Request("POST", "/api/rounds/" + PlanningScene.round(w) + "/fallback",
        null), expect(SIGN_IN, MEMBERS_ACT, MEMBERS_ACT, OPENING, MEMBERS_ACT)));
    c.add(new Case("plan", (w, r) -> new Request("GET", "/api/plans/" + plan(w), null), expect(OK, OK, OK, OK, OK)));
    c.add(new Case("planReport", (w, r) -> new Request("GET", "/api/plans/" + plan(w) + "/report", null),
        expect(OK, OK, OK, OK, OK)));
    // Fresh mandates add delegates to uk's assembly: after the rows that need cai to carry its votes alone.
    c.add(new Case("electDelegate", (w, r) -> new Request("POST", "/api/councils/rail/delegates",
        "{\"member\":\"" + freshMember(w) + "\"}"), members(MEMBERS_ACT)));
    c.add(new Case("petitionRecall", (w, r) -> new Request("POST", "/api/recall-petitions",
        grounds(freshMandate(w))), members(RECALL_PETITION)));
    c.add(new Case("signRecall", (w, r) -> new Request("POST", "/api/recall-petitions/" + w.made("ana",
        new PetitionRecall(freshMandate(w), "Voted against us."), "petition") + "/signatures", null),
        members(RECALL_PETITION)));
    c.add(new Case("moveRecall", (w, r) -> new Request("POST", "/api/recalls",
        grounds(freshMandate(w))), members(MEMBERS_ACT)));
    c.add(new Case("resignMandate", (w, r) -> new Request("POST", "/api/resignations",
        "{\"mandate\":\"" + freshMandate(w) + "\"}"), expect(SIGN_IN, MANDATES, MANDATES, MANDATES, MANDATES)));
    // Last: resigning one's own mandate changes who sits in uk's assembly (planning cases re-elect cai).
    c.add(new Case("resignMandate", (w, r) -> new Request("POST", "/api/resignations",
        "{\"mandate\":\"" + mandate(w, own(r)[0], own(r)[1]) + "\"}"), expect(SIGN_IN, OK, OK, OK, OK)));
    return c;
  }

  private static String grounds(String mandate) {
    return "{\"mandate\":\"" + mandate + "\",\"grounds\":\"Voted against us.\"}";
  }

  /** A person newly registered and admitted to rail. */
  static String freshMember(World w) {
    String m = AuthorizationMatrixTest.id();
    w.record.submit(Actor.instance(), new RegisterMember(m, "Member " + m));
    w.act("ana", new AdmitMember("rail", m));
    return m;
  }

  /** The rail mandate of a fresh member, elected through the core. */
  static String freshMandate(World w) {
    return mandate(w, freshMember(w), "rail");
  }

  /** The mandate {@code member} holds from {@code council}, elected through the core if none is in force. */
  static String mandate(World w, String member, String council) {
    String held = inForce(w, member, council);
    if (held != null) {
      return held;
    }
    String mover = council.equals("docks") ? "gus" : "ana";
    String motion = w.made(mover, new ElectDelegate(council, member, ""), "motion");
    allYes(w, council, motion);
    w.act(mover, new CloseMotion(motion));
    return inForce(w, member, council);
  }

  private static String inForce(World w, String member, String council) {
    String now = org.serge.council.Times.text(w.clock.instant());
    return w.record.read(p -> p.mandates.rows().stream().filter(m -> m.member().equals(member)
        && m.council().equals(council) && m.heldAt(now)).map(Mandate::id).findFirst().orElse(null));
  }

  /**
   * An amendment of uk's constitution adopted by its assembly (cai, rail's delegate), awaiting
   * ratification: the one the amendConstitution row moved, adopted now if still voting (one
   * amendment at a time).
   */
  static String adoptedAmendment(World w) {
    String open = w.record.read(p -> p.motions.rows().stream().filter(m -> m.council().equals("uk")
        && m.kind().equals("constitutional") && m.status().equals("open")).map(m -> m.id()).findFirst().orElse(null));
    if (open != null) {
      allYes(w, "uk", open);
      w.act("cai", new CloseMotion(open));
    }
    return w.record.read(p -> p.constitutionAmendments.rows().stream()
        .max(java.util.Comparator.comparingLong(a -> a.seq())).orElseThrow().id());
  }

  /** A plan resolution adopted by uk's assembly, not yet cited by a round. */
  static String planMotion(World w) {
    mandate(w, "cai", "rail");
    String motion = w.made("cai", OpenMotion.resolution("uk", "plan", "Plan " + AuthorizationMatrixTest.id(), ""),
        "motion");
    allYes(w, "uk", motion);
    w.act("cai", new CloseMotion(motion));
    return motion;
  }

  /** A plan drafted by a round converging at iteration 1. */
  static String plan(World w) {
    String round = PlanningScene.round(w);
    w.act("cai", new CloseIteration(round));
    return w.record.read(p -> PlanningRounds.plans(p, round).getLast().id());
  }

  private static void allYes(World w, String council, String motion) {
    for (String m : w.record.read(p -> Electorate.at(p, council, p.motion(motion).opened()))) {
      w.act(m, new CastVote(motion, Choice.YES));
    }
  }
}
