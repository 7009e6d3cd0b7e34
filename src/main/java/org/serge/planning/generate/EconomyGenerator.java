package org.serge.planning.generate;

import java.util.SplittableRandom;
import org.serge.ProgressListener;
import org.serge.planning.model.Economy;
import org.serge.planning.model.EconomyBuilder;
import org.serge.planning.solve.LeontiefSolver;

/**
 * Generates realistic sparse economies for tests at scale and benchmarks. Seeded: the same
 * settings always give the same economy.
 *
 * <p>What makes them realistic: input counts vary per technology (geometric around the
 * mean) and inputs are drawn from a heavy-tailed popularity distribution (a few products,
 * like energy or transport, feed almost everything — as in real input-output tables); each
 * technology's inputs cost 25–70% of its output value, so the spectral radius stays below
 * one; alternative technologies trade labour against emissions; CO2 and labour limits are
 * set so that the primary technologies would exceed the CO2 limit for the generated final
 * demand with all the labour there is, so plans must choose.
 */
public final class EconomyGenerator {
  private final int products;
  private final int inputs;
  private final int technologies;
  private final long seed;

  private EconomyGenerator(int products, int inputs, int technologies, long seed) {
    if (products < 2 || inputs < 1 || technologies < 1) {
      throw new IllegalArgumentException("need ≥ 2 products, ≥ 1 input and ≥ 1 technology each");
    }
    this.products = products;
    this.inputs = Math.min(inputs, products - 1);
    this.technologies = technologies;
    this.seed = seed;
  }

  /**
   * @param products number of products n
   * @param inputs mean number of inputs per technology f
   * @param technologies alternative technologies per product k
   * @param seed the random seed
   */
  public static EconomyGenerator of(int products, int inputs, int technologies, long seed) {
    return new EconomyGenerator(products, inputs, technologies, seed);
  }

  /** An economy with its final demand. */
  public record Generated(Economy economy, double[] demand) {}

  public Generated generate() {
    return generate(ProgressListener.NONE);
  }

  /** Generates, telling {@code progress} how many products are done. */
  public Generated generate(ProgressListener progress) {
    SplittableRandom random = new SplittableRandom(seed);
    AliasTable popularity = AliasTable.powerLaw(products, 1.0, random.split());
    EconomyBuilder builder = Economy.builder(
        String.format("synthetic n=%d f=%d k=%d seed=%d", products, inputs, technologies, seed))
        .labourUnit("hours");
    int digits = Integer.toString(products - 1).length();
    for (int p = 0; p < products; p++) {
      builder.addProduct(code(p, digits), "product " + p);
    }
    int co2 = builder.addResource("co2", "carbon dioxide emitted", "t", Double.POSITIVE_INFINITY);
    int[] chosen = new int[4 * inputs + 1];
    double[] weight = new double[chosen.length];
    for (int p = 0; p < products; p++) {
      if (p % 10_000 == 0) {
        progress.progress("generating", p, products);
      }
      int count = inputCount(random);
      for (int c = 0; c < count; c++) {
        chosen[c] = distinct(popularity, random, chosen, c, p);
      }
      double inputShare = 0.25 + 0.45 * random.nextDouble();
      double emissions = Math.exp(random.nextGaussian() * 1.2 - 1.5);
      double baseLabour = (1 - inputShare) * (0.5 + random.nextDouble());
      for (int alternative = 0; alternative < technologies; alternative++) {
        // Alternatives cut emissions by up to 90% at the cost of up to 60% more labour.
        double cleaner = alternative == 0 ? 0 : random.nextDouble();
        double labour = baseLabour * (1 + 0.6 * cleaner);
        builder.addTechnology(code(p, digits) + (alternative == 0 ? "" : "/" + alternative), p, labour,
            Double.POSITIVE_INFINITY);
        double total = 0;
        for (int c = 0; c < count; c++) {
          weight[c] = random.nextDouble() + 0.05;
          total += weight[c];
        }
        for (int c = 0; c < count; c++) {
          builder.addInput(chosen[c], inputShare * weight[c] / total);
        }
        builder.addUse(co2, emissions * (1 - 0.9 * cleaner));
      }
    }
    double[] demand = new double[products];
    for (int p = 0; p < products; p++) {
      demand[p] = Math.exp(random.nextGaussian());
    }
    return limitToReference(builder, co2, demand);
  }

  // Sets the CO2 and labour limits to 80% and 100% of what the primary technologies need.
  private Generated limitToReference(EconomyBuilder builder, int co2, double[] demand) {
    Economy unlimited = builder.build();
    var system = unlimited.primarySystem();
    double[] output = LeontiefSolver.defaults().withTolerance(1e-9).grossOutput(system, demand).values();
    double emitted = 0;
    double labour = 0;
    var all = unlimited.technologies();
    for (int p = 0; p < products; p++) {
      int t = system.technology(p);
      labour += all.labour(t) * output[p];
      for (int k = all.useStart(t); k < all.useEnd(t); k++) {
        emitted += all.useAmount(k) * output[p];
      }
    }
    Economy limited = unlimited.withLimits(
        unlimited.resources().withLimit(co2, 0.8 * emitted), labour);
    return new Generated(limited, demand);
  }

  private int inputCount(SplittableRandom random) {
    // Geometric with mean `inputs`, at least 1, at most 4× the mean.
    double u = random.nextDouble();
    int count = 1 + (int) Math.floor(Math.log1p(-u) / Math.log1p(-1.0 / inputs));
    return Math.min(Math.min(count, 4 * inputs), products - 1);
  }

  private static int distinct(AliasTable popularity, SplittableRandom random, int[] chosen, int count, int self) {
    while (true) {
      int candidate = popularity.sample(random);
      boolean fresh = candidate != self;
      for (int c = 0; c < count && fresh; c++) {
        fresh = chosen[c] != candidate;
      }
      if (fresh) {
        return candidate;
      }
    }
  }

  private static String code(int product, int digits) {
    String number = Integer.toString(product);
    return "P" + "0".repeat(digits - number.length()) + number;
  }
}
