package org.serge.planning.cycle;

import java.util.ArrayList;
import java.util.List;
import org.serge.planning.model.InputOutputSystem;
import org.serge.planning.solve.LeontiefSolver;

/**
 * One national input-output table split into regions and councils for the planning cycle:
 * the table's products grouped into sectors, each sector made in every region by one
 * workplace (producer) council, household final demand shared among neighbourhood (consumer)
 * councils in proportion to their members, and the rest of final demand (government,
 * investment, exports…) as public demand. Pure and deterministic.
 *
 * <p>How the table is split (the usual assumptions when a national table stands in for
 * regional ones):
 * <ul>
 *   <li>a sector's technology is the output-weighted aggregate of its products' columns at
 *       the output the table's final demand needs, x = (I − A)⁻¹d, so the aggregate system
 *       reproduces x and the labour l·x exactly;
 *   <li>the frame's products are (sector, region) pairs, {@code sector-region}; region r
 *       makes the share w[s][r] of sector s, and everyone — workplaces, neighbourhoods and
 *       the public — buys sector s from the regions in those shares (a pooled market, so
 *       the trade between regions follows from where things are made);
 *   <li>a neighbourhood council's households buy the national household basket in
 *       proportion to its members; its members offer the hours that, at labour values, pay
 *       for all final demand (Walras' law: hours offered = hours the plan takes);
 *   <li>labour in the table's unit is turned into hours by {@code hoursPerLabourUnit};
 *       workplace councils have as many workers as their balanced output needs at
 *       {@code hoursPerWorker}.
 * </ul>
 * The councils are the cycle's simulated councils: {@link LeontiefProducer}s with the
 * aggregate coefficients, opening with the final demand for their product (they do not yet
 * know what other workplaces will ask of them as inputs), and {@link CobbDouglasConsumer}s
 * whose budget shares are the household basket at labour values, so that at labour values
 * they ask for exactly that basket.
 */
public final class EconomySplit {
  private static final LeontiefSolver LEONTIEF = LeontiefSolver.defaults().withTolerance(1e-14);

  /**
   * A sector: products of the table made together by one workplace council in each region.
   *
   * @param code a short code, used in product and council ids ({@code [a-z0-9-]})
   * @param name what it makes, in words
   * @param products the table's product indexes it groups (each product in one sector)
   * @param regionShares the share of its output made in each region, by region index (sum 1)
   */
  public record Sector(String code, String name, int[] products, double[] regionShares) {}

  /** A region: a federation of councils planning with the others. */
  public record Region(String code, String name) {}

  /** A neighbourhood council of a region and its members (the people it plans for). */
  public record Neighbourhood(String id, String name, int region, int members) {}

  /**
   * What to split and how.
   *
   * @param scale the plan's units of each product per unit of the table's final demand: a
   *     federation smaller than the table's country plans at its scale (its members over the
   *     people the table is for), so that its per-member figures are the table's per person;
   *     it may change the unit too (× 10^6 for £ instead of £ million)
   * @param hoursPerLabourUnit hours of work per unit of labour in the plan's units: with
   *     labour coefficients in £ of wages per £ of output, hours per £ of wages
   * @param hoursPerWorker hours a worker of a workplace council works in the balanced plan
   * @param minWorkers the fewest members a workplace council has
   * @param maxHoursPerMember the frame's hours limit per member
   */
  public record Spec(List<Region> regions, List<Sector> sectors, List<Neighbourhood> neighbourhoods,
      double scale, double hoursPerLabourUnit, double hoursPerWorker, int minWorkers, double maxHoursPerMember) {
    public Spec {
      regions = List.copyOf(regions);
      sectors = List.copyOf(sectors);
      neighbourhoods = List.copyOf(neighbourhoods);
    }
  }

  /**
   * The split economy.
   *
   * @param frame products {@code sector-region} (index r × sectors + s), the regions, no
   *     resources, the hours limit
   * @param producers one workplace council per (sector, region), id {@code region-sector},
   *     in product order
   * @param consumers the neighbourhood councils, in the spec's order
   * @param publicDemand the public part of final demand, by frame product
   * @param balancedOutput the output that meets all final demand, by frame product: the
   *     point the cycle should converge to
   * @param hours the hours that output takes: the table's labour figure in hours (at the scale)
   * @param spec what was split, and how
   */
  public record Split(Frame frame, List<LeontiefProducer> producers, List<CobbDouglasConsumer> consumers,
      double[] publicDemand, double[] balancedOutput, double hours, Spec spec) {

    /** The final demand (households and public) by frame product, at labour values. */
    public double[] finalDemand() {
      double[] total = publicDemand.clone();
      Prices values = labourValues(this);
      for (CobbDouglasConsumer c : consumers) {
        double[] q = c.propose(frame, values, null).quantities();
        for (int i = 0; i < total.length; i++) {
          total[i] += q[i];
        }
      }
      return total;
    }
  }

  private EconomySplit() {}

  /**
   * Splits a table.
   *
   * @param table the national technology (one per product) with labour per unit
   * @param households household final demand by table product (≥ 0)
   * @param publicDemand the rest of final demand by table product; a sector's total must be ≥ 0
   */
  public static Split of(InputOutputSystem table, double[] households, double[] publicDemand, Spec spec) {
    int n = table.size();
    check(spec, n, households, publicDemand);
    double[] demand = new double[n];
    for (int i = 0; i < n; i++) {
      demand[i] = households[i] + publicDemand[i];
    }
    double[] x = LEONTIEF.grossOutput(table, demand).values();
    Aggregate sectors = Aggregate.of(table, x, spec.sectors());
    double[] h = sectors.sum(households);
    double[] g = sectors.sum(publicDemand);
    double[] made = sectors.output().clone();
    for (int k = 0; k < made.length; k++) {
      h[k] *= spec.scale();
      g[k] *= spec.scale();
      made[k] *= spec.scale();
    }
    int s = spec.sectors().size();
    int r = spec.regions().size();
    int products = s * r;
    double[][] share = new double[s][];
    for (int k = 0; k < s; k++) {
      share[k] = spec.sectors().get(k).regionShares();
    }
    List<String> codes = new ArrayList<>(products);
    int[] regionOf = new int[products];
    double[] output = new double[products];
    double[] publicSplit = new double[products];
    double[] householdSplit = new double[products];
    for (int region = 0; region < r; region++) {
      for (int k = 0; k < s; k++) {
        int p = region * s + k;
        codes.add(spec.sectors().get(k).code() + "-" + spec.regions().get(region).code());
        regionOf[p] = region;
        output[p] = made[k] * share[k][region];
        publicSplit[p] = g[k] * share[k][region];
        householdSplit[p] = h[k] * share[k][region];
      }
    }
    Frame frame = new Frame(codes, regionOf, spec.regions().stream().map(Region::code).toList(), List.of(),
        new double[0], spec.maxHoursPerMember());
    List<LeontiefProducer> producers = new ArrayList<>(products);
    for (int p = 0; p < products; p++) {
      int k = p % s;
      double[] inputs = new double[products];
      for (int q = 0; q < products; q++) {
        inputs[q] = sectors.a()[q % s][k] * share[q % s][q / s];
      }
      double hoursPerUnit = sectors.labour()[k] * spec.hoursPerLabourUnit();
      int workers = (int) Math.max(spec.minWorkers(), Math.ceil(output[p] * hoursPerUnit / spec.hoursPerWorker()));
      double opening = householdSplit[p] + publicSplit[p] > 0 ? householdSplit[p] + publicSplit[p] : output[p] / 2;
      producers.add(new LeontiefProducer(spec.regions().get(p / s).code() + "-" + spec.sectors().get(k).code(),
          workers, p, inputs, hoursPerUnit, new double[0], Double.POSITIVE_INFINITY, opening));
    }
    double hours = 0;
    for (int p = 0; p < products; p++) {
      hours += output[p] * producers.get(p).hoursPerUnit();
    }
    List<CobbDouglasConsumer> consumers = consumers(spec, frame, producers, householdSplit, publicSplit, hours);
    return new Split(frame, List.copyOf(producers), consumers, publicSplit, output, hours, spec);
  }

  // Budget shares: the basket at labour values; hours per member: all hours the plan takes,
  // shared by all members, so that income per hour (1 − public cost / hours) buys the basket.
  private static List<CobbDouglasConsumer> consumers(Spec spec, Frame frame, List<LeontiefProducer> producers,
      double[] households, double[] publicDemand, double hours) {
    double[] values = values(frame, producers);
    long people = spec.neighbourhoods().stream().mapToLong(Neighbourhood::members).sum();
    int wanted = 0;
    for (double q : households) {
      wanted += q > 0 ? 1 : 0;
    }
    int[] bought = new int[wanted];
    double[] shares = new double[wanted];
    double basket = 0;
    for (int p = 0, at = 0; p < households.length; p++) {
      if (households[p] > 0) {
        bought[at] = p;
        shares[at] = values[p] * households[p];
        basket += shares[at++];
      }
    }
    for (int k = 0; k < wanted; k++) {
      shares[k] /= basket;
    }
    double hoursPerMember = hours / people;
    List<CobbDouglasConsumer> consumers = new ArrayList<>();
    for (Neighbourhood c : spec.neighbourhoods()) {
      consumers.add(new CobbDouglasConsumer(c.id(), c.region(), c.members(), hoursPerMember, bought, shares));
    }
    return List.copyOf(consumers);
  }

  /** The labour values of the split's technology as the prices a cycle opens with (no public cost deducted). */
  static Prices labourValues(Split split) {
    double[] values = values(split.frame(), split.producers());
    double publicCost = 0;
    for (int p = 0; p < values.length; p++) {
      publicCost += values[p] * split.publicDemand()[p];
    }
    return new Prices(values, new double[0], 1 - publicCost / split.hours());
  }

  private static double[] values(Frame frame, List<LeontiefProducer> producers) {
    int n = frame.productCount();
    double[][] a = new double[n][n];
    double[] labour = new double[n];
    for (LeontiefProducer producer : producers) {
      int j = producer.product();
      labour[j] = producer.hoursPerUnit();
      for (int i = 0; i < n; i++) {
        a[i][j] = producer.inputsPerUnit()[i];
      }
    }
    return LEONTIEF.labourValues(InputOutputSystem.ofDense(a, labour)).values();
  }

  private static void check(Spec spec, int n, double[] households, double[] publicDemand) {
    if (households.length != n || publicDemand.length != n) {
      throw new IllegalArgumentException("final demand must list the table's " + n + " products");
    }
    boolean[] seen = new boolean[n];
    for (Sector sector : spec.sectors()) {
      if (sector.regionShares().length != spec.regions().size()) {
        throw new IllegalArgumentException(sector.code() + ": one share per region");
      }
      double sum = 0;
      for (double w : sector.regionShares()) {
        if (!(w > 0)) {
          throw new IllegalArgumentException(sector.code() + ": every region makes a share > 0 of it");
        }
        sum += w;
      }
      if (Math.abs(sum - 1) > 1e-9) {
        throw new IllegalArgumentException(sector.code() + ": the region shares sum to " + sum + ", not 1");
      }
      for (int p : sector.products()) {
        if (seen[p]) {
          throw new IllegalArgumentException("product " + p + " is in two sectors");
        }
        seen[p] = true;
      }
    }
    for (int p = 0; p < n; p++) {
      if (!seen[p]) {
        throw new IllegalArgumentException("product " + p + " is in no sector");
      }
    }
    for (Neighbourhood c : spec.neighbourhoods()) {
      if (c.members() < 1 || c.region() < 0 || c.region() >= spec.regions().size()) {
        throw new IllegalArgumentException(c.id() + ": at least one member, in a known region");
      }
    }
  }
}
