package org.serge.cli.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.serge.formats.OnsTables;
import org.serge.planning.cycle.EconomySplit;
import org.serge.planning.cycle.EconomySplit.Neighbourhood;
import org.serge.planning.cycle.EconomySplit.Region;
import org.serge.planning.cycle.EconomySplit.Sector;
import org.serge.planning.model.Economy;

/**
 * The UK of 2019 as a federation of councils for the planning cycle: three regions, seven
 * workplace councils in each (one per sector of the ONS products) and the neighbourhood
 * councils of twelve areas. The people are real (ONS mid-2019 population estimates of the
 * nations and English regions); the rest is illustrative and said so in the report: the
 * regional shares of each sector's output (the ONS tables are national), and the hours a £
 * of wages stands for.
 *
 * <p>Council ids: workplaces {@code region-sector} ({@code north-industry}), neighbourhoods by
 * area ({@code scotland}); the governing demo creates the same councils on the record.
 */
final class UkFederation {
  /** £ of compensation of employees per hour worked, about the 2019 average: turns the ONS wages into hours. */
  static final double POUNDS_PER_HOUR = 22;
  /** Hours a worker works in a year of the balanced plan. */
  static final double HOURS_PER_WORKER = 1_500;
  /**
   * The hours limit per member: 36 hours a week, 52 weeks. It leaves room above the 1,500 hours
   * of the balanced plan because the cycle's first rounds overshoot: at the opening prices
   * consumers do not yet pay for public demand, so some workplaces propose ~15% more for a round.
   */
  static final double MAX_HOURS_PER_MEMBER = 36 * 52;
  /** The ONS final-use category of households' consumption (column P3 S14); all others are public demand. */
  static final String HOUSEHOLDS = OnsTables.FINAL_USE.get("P3 S14");

  static final List<Region> REGIONS = List.of(
      new Region("north", "The North (Scotland, Northern Ireland, the North East, the North West, Yorkshire)"),
      new Region("midlands", "The Midlands, Wales and the East"),
      new Region("south", "London, the South East and the South West"));

  /** People a neighbourhood member stands for on the demo's record: about 200 members for the UK. */
  static final double RECORD_PEOPLE_PER_MEMBER = 334_000;
  /** The fewest members of a council on the record: a founder, three candidates for delegate, one for the region. */
  static final int MIN_MEMBERS = 5;

  /** Neighbourhood councils: id, name, region index, people (ONS mid-2019 estimates). */
  static final List<Neighbourhood> NEIGHBOURHOODS = List.of(
      new Neighbourhood("scotland", "Neighbourhoods of Scotland", 0, 5_463_300),
      new Neighbourhood("northern-ireland", "Neighbourhoods of Northern Ireland", 0, 1_893_667),
      new Neighbourhood("north-east", "Neighbourhoods of the North East", 0, 2_669_941),
      new Neighbourhood("north-west", "Neighbourhoods of the North West", 0, 7_341_196),
      new Neighbourhood("yorkshire", "Neighbourhoods of Yorkshire and the Humber", 0, 5_502_967),
      new Neighbourhood("east-midlands", "Neighbourhoods of the East Midlands", 1, 4_835_928),
      new Neighbourhood("west-midlands", "Neighbourhoods of the West Midlands", 1, 5_934_037),
      new Neighbourhood("wales", "Neighbourhoods of Wales", 1, 3_152_879),
      new Neighbourhood("east", "Neighbourhoods of the East of England", 1, 6_236_072),
      new Neighbourhood("london", "Neighbourhoods of London", 2, 8_961_989),
      new Neighbourhood("south-east", "Neighbourhoods of the South East", 2, 9_180_135),
      new Neighbourhood("south-west", "Neighbourhoods of the South West", 2, 5_624_696));

  /** A sector: code, name, the CPA sections it groups, the regional shares of its output (illustrative). */
  record SectorSpec(String code, String name, Set<Character> sections, double[] shares) {}

  private static final double[] BY_PEOPLE = {0.342, 0.302, 0.356};

  static final List<SectorSpec> SECTORS = List.of(
      new SectorSpec("land", "farming, forestry, fishing and mining", Set.of('A', 'B'), new double[] {0.45, 0.30, 0.25}),
      new SectorSpec("energy", "electricity, gas, water and waste", Set.of('D', 'E'), new double[] {0.36, 0.32, 0.32}),
      new SectorSpec("industry", "manufacturing", Set.of('C'), new double[] {0.38, 0.37, 0.25}),
      new SectorSpec("building", "construction", Set.of('F'), BY_PEOPLE),
      new SectorSpec("trade", "trade, transport, hotels and restaurants", Set.of('G', 'H', 'I'), BY_PEOPLE),
      new SectorSpec("business", "information, finance, real estate, professional and administrative services",
          Set.of('J', 'K', 'L', 'M', 'N'), new double[] {0.25, 0.22, 0.53}),
      new SectorSpec("care", "public administration, education, health, culture and other services",
          Set.of('O', 'P', 'Q', 'R', 'S', 'T', 'U'), BY_PEOPLE));

  private UkFederation() {}

  /**
   * The split of the ONS tables into the federation's councils, each neighbourhood member standing
   * for {@code peoplePerMember} people (1: everyone a member). The plan is in £ of 2019 output at
   * the federation's scale (its neighbourhood members over the UK's people), so its figures per
   * member are the UK's per person.
   */
  static EconomySplit.Split split(OnsTables tables, double peoplePerMember) {
    Economy ons = tables.economy();
    double[] households = tables.finalDemand().get(HOUSEHOLDS).clone();
    double[] publicDemand = tables.totalFinalDemand();
    for (int i = 0; i < publicDemand.length; i++) {
      publicDemand[i] -= households[i];
    }
    return EconomySplit.of(ons.primarySystem(), households, publicDemand, spec(ons, peoplePerMember));
  }

  /** Every council's members in a split, by council id. */
  static java.util.Map<String, Integer> members(EconomySplit.Split split) {
    java.util.Map<String, Integer> members = new java.util.LinkedHashMap<>();
    split.producers().forEach(p -> members.put(p.id(), p.members()));
    split.consumers().forEach(c -> members.put(c.id(), c.members()));
    return members;
  }

  static EconomySplit.Spec spec(Economy ons, double peoplePerMember) {
    List<Neighbourhood> neighbourhoods = new ArrayList<>();
    long people = 0;
    long members = 0;
    for (Neighbourhood n : NEIGHBOURHOODS) {
      int count = peoplePerMember == 1 ? n.members()
          : (int) Math.max(MIN_MEMBERS, Math.round(n.members() / peoplePerMember));
      neighbourhoods.add(new Neighbourhood(n.id(), n.name(), n.region(), count));
      people += n.members();
      members += count;
    }
    List<Sector> sectors = new ArrayList<>();
    for (SectorSpec s : SECTORS) {
      List<Integer> products = new ArrayList<>();
      for (int p = 0; p < ons.productCount(); p++) {
        if (s.sections().contains(section(ons.productCode(p)))) {
          products.add(p);
        }
      }
      sectors.add(new Sector(s.code(), s.name(), products.stream().mapToInt(Integer::intValue).toArray(),
          s.shares().clone()));
    }
    return new EconomySplit.Spec(REGIONS, sectors, neighbourhoods, 1e6 * members / people, 1 / POUNDS_PER_HOUR,
        HOURS_PER_WORKER, MIN_MEMBERS, MAX_HOURS_PER_MEMBER);
  }

  /** The CPA section letter of an ONS product code ({@code CPA_C10.1} → C). */
  static char section(String code) {
    return code.charAt("CPA_".length());
  }

  /** A workplace council's name: "North industry workers". */
  static String workplaceName(String councilId) {
    String[] parts = councilId.split("-", 2);
    return Character.toUpperCase(parts[0].charAt(0)) + parts[0].substring(1) + " " + parts[1] + " workers";
  }

  static List<String> workplaces(int region) {
    return SECTORS.stream().map(s -> REGIONS.get(region).code() + "-" + s.code()).toList();
  }

  static List<Neighbourhood> neighbourhoods(int region) {
    return NEIGHBOURHOODS.stream().filter(n -> n.region() == region).toList();
  }

  static String regionName(int region) {
    String code = REGIONS.get(region).code();
    return code.substring(0, 1).toUpperCase(Locale.ROOT) + code.substring(1) + " region";
  }
}
