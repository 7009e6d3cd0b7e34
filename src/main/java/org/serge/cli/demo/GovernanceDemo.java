package org.serge.cli.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
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
import org.serge.council.deliberation.PublishedDecision;
import org.serge.council.election.OpenBudgetRound;
import org.serge.council.election.OpenElection;
import org.serge.planning.cycle.EconomySplit.Neighbourhood;

/**
 * The governing part of {@code serge demo}, on a public record, with the councils of the
 * planning scenario ({@link UkFederation}): a federation of three regions and 33 councils
 * (21 workplace, 12 neighbourhood) with the members of the scenario (a few hundred), under the
 * example constitution. Each council elects its delegate to its region by Scottish STV on
 * secret ballots (an election with purpose {@code delegates}), and each region elects
 * {@value #REGION_SEATS} delegates to the federation's assembly the same way; a candidate who
 * already holds a mandate is put up and refused (no accumulation of mandates). The assembly
 * debates, amends and adopts the plan's objectives (a delegate who voted against attaches a
 * minority report; an outsider's comment is refused), and decides a participatory budget by
 * Equal Shares whose selected projects become the plan's public demand ({@link UkProjects}).
 */
public final class GovernanceDemo {
  static final int REGION_SEATS = 3;
  private static final int COUNCIL_CANDIDATES = 3;
  private static final int REGION_CANDIDATES = 5;

  /** An election held: the council, the election's id, who stood and who was elected. */
  public record Election(String council, String id, List<String> candidates, List<String> elected) {}

  /** The budget round held by the federation's assembly. */
  public record Budget(String council, String round, long budget, int voters, List<String> selected, long spent) {}

  /**
   * What happened.
   *
   * @param delegates the mandates in force in the regions and the federation
   * @param assembly the delegates in the federation's assembly
   * @param membersOf each council's members (founder first), by council id as recorded
   * @param refusals each refused act: what was tried, and the refusal naming its rule
   */
  public record Result(String federation, int regions, int councils, int members, List<Mandate> delegates,
      List<String> assembly, Map<String, List<String>> membersOf, List<Election> elections, List<String[]> refusals,
      PublishedDecision decision, String proposalTitle, Budget budget, long events) {

    /** A council's id as recorded: the scenario's id, with the suffix of a repeated run. */
    public String id(String base) {
      return base + federation.substring("uk".length());
    }
  }

  private final PublicRecord record;
  private final String suffix;
  private final SecretVotes votes;
  private final SplittableRandom choices = new SplittableRandom(2019);
  private final List<String[]> refusals = new ArrayList<>();
  private final List<Election> elections = new ArrayList<>();
  private final Map<String, List<String>> membersOf = new LinkedHashMap<>();
  private final Map<String, Integer> size;
  private int person;

  private GovernanceDemo(PublicRecord record, Map<String, Integer> size) {
    this.record = record;
    this.size = Map.copyOf(size);
    this.votes = new SecretVotes(record);
    // A store that already holds a demo gets fresh ids, so the demo can run again into it.
    long earlier = record.read(p -> p.councils.rows().stream().filter(c -> c.parent() == null).count());
    this.suffix = earlier == 0 ? "" : "-" + (earlier + 1);
  }

  /**
   * Runs the scenario into {@code record} (the instance key signs; members act as themselves).
   *
   * @param members how many members each council has, by council id (at least 5: {@link UkFederation#members})
   */
  public static Result run(PublicRecord record, Constitution constitution, Map<String, Integer> members) {
    return new GovernanceDemo(record, members).scenario(constitution);
  }

  String id(String base) {
    return base + suffix;
  }

  private Result scenario(Constitution constitution) {
    String uk = id("uk");
    record.submit(Actor.instance(), new FoundFederation(uk, constitution.name(), constitution));
    for (int region = 0; region < UkFederation.REGIONS.size(); region++) {
      foundRegion(uk, region);
    }
    membersOf.forEach((council, members) -> electDelegates(council, members.subList(1, 1 + COUNCIL_CANDIDATES),
        1, members));
    for (int region = 0; region < UkFederation.REGIONS.size(); region++) {
      electToFederation(region);
    }
    List<String> assembly = delegatesIn(uk);
    String outsider = membersOf.get(id(UkFederation.NEIGHBOURHOODS.getLast().id())).getLast();
    AssemblyDemo.Decided decided = new AssemblyDemo(record, assembly, this::attempt).objectives(uk, outsider);
    Budget budget = budget(uk, assembly);
    String now = Times.text(Instant.now());
    List<String> federations = new ArrayList<>(List.of(uk));
    UkFederation.REGIONS.forEach(r -> federations.add(id(r.code())));
    List<Mandate> delegates = record.read(p -> p.mandates.rows().stream()
        .filter(m -> m.heldAt(now) && federations.contains(m.federation())).toList());
    return new Result(uk, UkFederation.REGIONS.size(), membersOf.size(), person, delegates, assembly,
        Map.copyOf(membersOf), List.copyOf(elections), List.copyOf(refusals), decided.decision(), decided.title(),
        budget, record.size());
  }

  // The region's federation, then its workplace and neighbourhood councils, each founded by its first member.
  private void foundRegion(String uk, int region) {
    String founder = register();
    String federation = id(UkFederation.REGIONS.get(region).code());
    record.submit(Actor.member(founder), new CreateCouncil(federation, UkFederation.regionName(region),
        CouncilKind.FEDERATION, uk, null));
    boolean first = true;
    for (String workplace : UkFederation.workplaces(region)) {
      council(federation, workplace, UkFederation.workplaceName(workplace), CouncilKind.WORKPLACE,
          first ? founder : register());
      first = false;
    }
    for (Neighbourhood n : UkFederation.neighbourhoods(region)) {
      council(federation, n.id(), n.name(), CouncilKind.NEIGHBOURHOOD, register());
    }
  }

  private void council(String federation, String council, String name, CouncilKind kind, String founder) {
    List<String> members = new ArrayList<>(List.of(founder));
    record.submit(Actor.member(founder), new CreateCouncil(id(council), name, kind, federation, null));
    while (members.size() < size.get(council)) {
      String m = register();
      record.submit(Actor.member(founder), new AdmitMember(id(council), m));
      members.add(m);
    }
    membersOf.put(id(council), members);
  }

  // The region's delegates elect REGION_SEATS of its councils' members (holding no mandate) to the
  // federation; first they put up one of themselves, which the constitution refuses.
  private void electToFederation(int region) {
    String federation = id(UkFederation.REGIONS.get(region).code());
    List<String> assembly = delegatesIn(federation);
    attempt("elect " + assembly.getFirst() + ", already delegate to " + federation + ", as delegate of "
        + federation + " to " + id("uk"), () -> record.submit(Actor.member(assembly.getFirst()),
        open(federation, 1, List.of(assembly.getFirst()))));
    List<String> candidates = new ArrayList<>();
    for (var council : membersOf.entrySet()) {
      boolean inRegion = record.read(p -> federation.equals(p.councils.find(council.getKey()).orElseThrow().parent()));
      if (inRegion && candidates.size() < REGION_CANDIDATES) {
        candidates.add(council.getValue().get(1 + COUNCIL_CANDIDATES));
      }
    }
    electDelegates(federation, candidates, REGION_SEATS, assembly);
  }

  // Every voter ranks the candidates in an order of their own (a seeded draw: the demo is repeatable).
  private void electDelegates(String council, List<String> candidates, int seats, List<String> voters) {
    List<List<String>> ballots = new ArrayList<>();
    for (int v = 0; v < voters.size(); v++) {
      List<String> ranking = new ArrayList<>(candidates);
      Collections.shuffle(ranking, new java.util.Random(choices.nextLong()));
      ballots.add(List.copyOf(ranking.subList(0, Math.min(ranking.size(), 1 + choices.nextInt(candidates.size())))));
    }
    SecretVotes.Counted counted = votes.election(voters.getFirst(), open(council, seats, candidates), voters, ballots);
    elections.add(new Election(council, counted.id(), List.copyOf(candidates), counted.elected()));
  }

  private static OpenElection open(String council, int seats, List<String> candidates) {
    return new OpenElection(council, "Delegates of " + council, seats, "scottish", "delegates",
        candidates.stream().map(c -> new OpenElection.Nominee(c, capital(c))).toList());
  }

  // Each delegate approves what their region supports, and one more project of their own choosing.
  private Budget budget(String uk, List<String> assembly) {
    List<List<String>> ballots = new ArrayList<>();
    for (String delegate : assembly) {
      String region = record.read(p -> p.mandates.rows().stream().filter(m -> m.member().equals(delegate)
          && m.federation().equals(uk)).findFirst().orElseThrow().council());
      List<String> approved = new ArrayList<>(UkProjects.SUPPORTED.get(region.replace(suffix, "")));
      String extra = UkProjects.PROJECTS.get(choices.nextInt(UkProjects.PROJECTS.size())).id();
      if (!approved.contains(extra)) {
        approved.add(extra);
      }
      ballots.add(approved);
    }
    SecretVotes.Selected selected = votes.budget(assembly.getFirst(), new OpenBudgetRound(uk,
        "Public projects of the plan", UkProjects.BUDGET, "equal-shares", UkProjects.items()), assembly, ballots);
    return new Budget(uk, selected.id(), UkProjects.BUDGET, assembly.size(), selected.projects(), selected.spent());
  }

  private String register() {
    int n = ++person;
    String name = NAMES[(n - 1) % NAMES.length];
    String member = id(name.toLowerCase(java.util.Locale.ROOT) + (n > NAMES.length ? n : ""));
    record.submit(Actor.instance(), new RegisterMember(member, name));
    return member;
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

  private static String capital(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  static final String[] NAMES = {"Ana", "Bilal", "Cara", "Dev", "Esi", "Finn", "Grace", "Hamza", "Ines", "Jack",
      "Kemi", "Leo", "Maya", "Nadia", "Owen", "Priya", "Quinn", "Rosa", "Sam", "Tariq", "Uma", "Vik", "Wren", "Xena",
      "Yusuf", "Zoe", "Amir", "Beth", "Cyril", "Dina", "Emil", "Femi", "Gita", "Hugo", "Isla", "Jonas", "Kai", "Lina",
      "Milo", "Nia"};
}
