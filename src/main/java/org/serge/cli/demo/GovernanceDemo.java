package org.serge.cli.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.serge.council.Actor;
import org.serge.council.AdmitMember;
import org.serge.council.CouncilKind;
import org.serge.council.CreateCouncil;
import org.serge.council.FoundFederation;
import org.serge.council.Mandate;
import org.serge.council.PublicRecord;
import org.serge.council.Refused;
import org.serge.council.RegisterMember;
import org.serge.council.Times;
import org.serge.council.constitution.Constitution;
import org.serge.council.deliberation.AcceptAmendment;
import org.serge.council.deliberation.AddComment;
import org.serge.council.deliberation.Propose;
import org.serge.council.deliberation.ProposeAmendment;
import org.serge.council.deliberation.PublishedDecision;
import org.serge.council.deliberation.PutProposalToVote;
import org.serge.council.deliberation.WriteMinorityReport;
import org.serge.council.mandate.ElectDelegate;
import org.serge.council.motion.CastVote;
import org.serge.council.motion.Choice;
import org.serge.council.motion.CloseMotion;
import org.serge.record.Event;

/**
 * The governing part of {@code serge demo}, on a public record: a federation of three regions
 * and nine councils under the example constitution; each council elects its delegate to its
 * region by open vote, and each region its delegate to the federation; a delegate who already
 * holds a mandate is put up again and refused (no accumulation of mandates); the federation's
 * assembly debates, amends and adopts a proposal by its plan rule, and the delegate who voted
 * against attaches a minority report; an outsider's vote is refused too.
 */
public final class GovernanceDemo {
  /** Region → its councils (id, name, kind); the first member of each founds it. */
  static final Map<String, List<String[]>> REGIONS = new LinkedHashMap<>();

  static {
    REGIONS.put("north", List.of(new String[] {"leeds-rail", "Leeds rail workers", "workplace"},
        new String[] {"sheffield-steel", "Sheffield steelworks", "workplace"},
        new String[] {"hyde-park", "Hyde Park neighbourhood", "neighbourhood"}));
    REGIONS.put("midlands", List.of(new String[] {"derby-trains", "Derby train builders", "workplace"},
        new String[] {"coventry-care", "Coventry care workers", "workplace"},
        new String[] {"sparkbrook", "Sparkbrook neighbourhood", "neighbourhood"}));
    REGIONS.put("south", List.of(new String[] {"bristol-wind", "Bristol wind turbines", "workplace"},
        new String[] {"kent-farms", "Kent farm cooperative", "workplace"},
        new String[] {"brixton", "Brixton neighbourhood", "neighbourhood"}));
  }

  static final int MEMBERS_PER_COUNCIL = 4;

  /**
   * What happened.
   *
   * @param refusals each refused act: what was tried, and the refusal naming its rule
   */
  public record Result(String federation, int regions, int councils, int members, List<Mandate> delegates,
      List<String[]> refusals, PublishedDecision decision, String proposalTitle, long events) {}

  private final PublicRecord record;
  private final String suffix;
  private final List<String[]> refusals = new ArrayList<>();

  private GovernanceDemo(PublicRecord record) {
    this.record = record;
    // A store that already holds a demo gets fresh ids, so the demo can run again into it.
    long earlier = record.read(p -> p.councils.rows().stream().filter(c -> c.parent() == null).count());
    this.suffix = earlier == 0 ? "" : "-" + (earlier + 1);
  }

  /** Runs the scenario into {@code record} (the instance key signs; members act as themselves). */
  public static Result run(PublicRecord record, Constitution constitution) {
    return new GovernanceDemo(record).scenario(constitution);
  }

  private String id(String base) {
    return base + suffix;
  }

  private Result scenario(Constitution constitution) {
    String uk = id("uk");
    record.submit(Actor.instance(), new FoundFederation(uk, constitution.name(), constitution));
    Map<String, List<String>> membersOf = new LinkedHashMap<>();
    int person = 0;
    for (var region : REGIONS.entrySet()) {
      String founder = register(++person);
      record.submit(Actor.member(founder), new CreateCouncil(id(region.getKey()), capital(region.getKey()) + " region",
          CouncilKind.FEDERATION, uk, null));
      for (String[] c : region.getValue()) {
        List<String> members = new ArrayList<>();
        members.add(c == region.getValue().getFirst() ? founder : register(++person));
        record.submit(Actor.member(members.getFirst()), new CreateCouncil(id(c[0]), c[1], CouncilKind.parse(c[2]),
            id(region.getKey()), null));
        while (members.size() < MEMBERS_PER_COUNCIL) {
          String m = register(++person);
          record.submit(Actor.member(members.getFirst()), new AdmitMember(id(c[0]), m));
          members.add(m);
        }
        membersOf.put(id(c[0]), members);
      }
    }
    // Each council elects its second member delegate to its region, by open vote.
    membersOf.forEach((council, members) -> elect(council, members.get(1), members));
    // Each region elects a delegate to the federation from its councils' members; the first try
    // puts up someone who is already a delegate, which the constitution refuses.
    for (String region : REGIONS.keySet()) {
      List<String> assembly = delegatesIn(id(region));
      String firstCouncil = id(REGIONS.get(region).getFirst()[0]);
      attempt("elect " + assembly.getFirst() + ", already delegate to " + id(region) + ", as delegate of "
          + id(region) + " to " + uk, () -> record.submit(Actor.member(assembly.getFirst()),
          new ElectDelegate(id(region), assembly.getFirst(), "")));
      elect(id(region), membersOf.get(firstCouncil).get(2), assembly);
    }
    List<String> assembly = delegatesIn(uk);
    String outsider = membersOf.get(id("brixton")).getLast();
    String title = "Objectives of the 2027 plan";
    String proposal = idOf(record.submit(Actor.member(assembly.get(0)), new Propose(uk, "plan", title,
        "Cut CO2 by 30% while keeping every council's consumption per person; no one works over 32 hours a week.")),
        "proposal");
    String amendment = idOf(record.submit(Actor.member(assembly.get(1)), new ProposeAmendment(proposal, title,
        "Cut CO2 by 30% while keeping every council's consumption per person; no one works over 30 hours a week;"
            + " health services grow by 10%.", "Care work is short; a shorter week shares the work.")), "amendment");
    record.submit(Actor.member(assembly.get(0)), new AcceptAmendment(amendment));
    record.submit(Actor.member(assembly.get(2)), new AddComment(proposal,
        "A 30% cut in one year closes Sheffield's furnaces before the wind turbines are built."));
    attempt(outsider + ", a member of a council but no delegate, speaks in the federation's assembly",
        () -> record.submit(Actor.member(outsider), new AddComment(proposal, "I want a say too.")));
    String motion = idOf(record.submit(Actor.member(assembly.get(0)), new PutProposalToVote(proposal)), "motion");
    record.submit(Actor.member(assembly.get(0)), new CastVote(motion, Choice.YES));
    record.submit(Actor.member(assembly.get(1)), new CastVote(motion, Choice.YES));
    record.submit(Actor.member(assembly.get(2)), new CastVote(motion, Choice.NO));
    List<Event> closed = record.submit(Actor.member(assembly.get(0)), new CloseMotion(motion));
    String decision = closed.stream().filter(e -> e.type().equals("decision.recorded")).findFirst().orElseThrow()
        .payload().get("decision").asText();
    record.submit(Actor.member(assembly.get(2)), new WriteMinorityReport(decision, "Too fast for the steel towns",
        "We share the objective. But a 30% cut within the year, before the new capacity exists, puts the cost on the"
            + " steel and rail councils of the north. We asked for a two-year path and were outvoted."));
    String now = Times.text(Instant.now());
    List<String> federations = new ArrayList<>(List.of(uk));
    REGIONS.keySet().forEach(r -> federations.add(id(r)));
    List<Mandate> delegates = record.read(p -> p.mandates.rows().stream()
        .filter(m -> m.heldAt(now) && federations.contains(m.federation())).toList());
    return new Result(uk, REGIONS.size(), membersOf.size(), person, delegates, List.copyOf(refusals),
        record.read(p -> p.decision(decision)), title, record.size());
  }

  private String register(int n) {
    String member = id(NAMES[(n - 1) % NAMES.length].toLowerCase(java.util.Locale.ROOT) + (n > NAMES.length ? n : ""));
    record.submit(Actor.instance(), new RegisterMember(member, NAMES[(n - 1) % NAMES.length]));
    return member;
  }

  /** Opens the vote electing {@code member} delegate of {@code council}; every voter votes yes; closes it. */
  private void elect(String council, String member, List<String> voters) {
    String motion = idOf(record.submit(Actor.member(voters.getFirst()), new ElectDelegate(council, member,
        "I will report back after every assembly.")), "motion");
    voters.forEach(v -> record.submit(Actor.member(v), new CastVote(motion, Choice.YES)));
    record.submit(Actor.member(voters.getFirst()), new CloseMotion(motion));
  }

  private List<String> delegatesIn(String federation) {
    String now = Times.text(Instant.now());
    return record.read(p -> p.mandatesAt(federation, now).stream().map(Mandate::member).toList());
  }

  private void attempt(String what, Runnable act) {
    try {
      act.run();
      throw new IllegalStateException("the demo expected this to be refused: " + what);
    } catch (Refused refused) {
      refusals.add(new String[] {what, refused.getMessage()});
    }
  }

  private static String idOf(List<Event> events, String field) {
    return events.stream().filter(e -> e.payload().has(field)).findFirst().orElseThrow().payload().get(field).asText();
  }

  private static String capital(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  static final String[] NAMES = {"Ana", "Bilal", "Cara", "Dev", "Esi", "Finn", "Grace", "Hamza", "Ines", "Jack",
      "Kemi", "Leo", "Maya", "Nadia", "Owen", "Priya", "Quinn", "Rosa", "Sam", "Tariq", "Uma", "Vik", "Wren", "Xena",
      "Yusuf", "Zoe", "Amir", "Beth", "Cyril", "Dina", "Emil", "Femi", "Gita", "Hugo", "Isla", "Jonas", "Kai", "Lina",
      "Milo", "Nia"};
}
