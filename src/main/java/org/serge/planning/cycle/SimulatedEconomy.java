package org.serge.planning.cycle;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A seeded economy of simulated councils shaped like Hahnel and Wright's Pequod: consumer
 * councils with Cobb-Douglas utilities, producer councils with Cobb-Douglas technologies of
 * decreasing returns in hours and up to three inputs. The same arguments always give the
 * same economy.
 *
 * <p>Calibration: a week's plan; members offer 30–40 hours (the limit is 48). Each producer
 * is sized so that at prices of 1 it would employ its share of all hours offered, about 35
 * hours a worker, so the hours wanted and offered match at the start and prices must only
 * sort out which products are short. Each consumer wants 3–6 products, always including
 * product (council index mod products), so every product is wanted.
 *
 * @param frame the products (one region, no limited resources, 48 hours a member)
 * @param consumers the consumer councils
 * @param producers the producer councils, producer w making product w mod products
 */
public record SimulatedEconomy(Frame frame, List<CobbDouglasConsumer> consumers,
    List<CobbDouglasProducer> producers) {

  private static final double HOURS_LIMIT = 48;
  private static final double HOURS_PER_WORKER = 35;

  public static SimulatedEconomy generate(int consumers, int producers, int products, long seed) {
    if (products < 2 || consumers < 1 || producers < products) {
      throw new IllegalArgumentException(
          "need ≥ 2 products, ≥ 1 consumer council and at least one producer council per product");
    }
    SplittableRandom random = new SplittableRandom(seed);
    List<String> codes = new ArrayList<>();
    int digits = Integer.toString(products - 1).length();
    for (int i = 0; i < products; i++) {
      codes.add(String.format("g%0" + digits + "d", i));
    }
    Frame frame = Frame.of(codes).withMaxHoursPerMember(HOURS_LIMIT);
    List<CobbDouglasConsumer> people = new ArrayList<>(consumers);
    double hours = 0;
    for (int c = 0; c < consumers; c++) {
      CobbDouglasConsumer consumer = consumer(c, products, random);
      people.add(consumer);
      hours += consumer.members() * consumer.hoursPerMember();
    }
    double[] weight = new double[producers];
    double total = 0;
    for (int w = 0; w < producers; w++) {
      weight[w] = 0.5 + random.nextDouble();
      total += weight[w];
    }
    List<CobbDouglasProducer> works = new ArrayList<>(producers);
    for (int w = 0; w < producers; w++) {
      works.add(producer(w, products, hours * weight[w] / total, random));
    }
    return new SimulatedEconomy(frame, List.copyOf(people), List.copyOf(works));
  }

  private static CobbDouglasConsumer consumer(int c, int products, SplittableRandom random) {
    int wanted = Math.min(products, 3 + random.nextInt(4));
    int[] chosen = distinct(wanted, products, c % products, random);
    double[] shares = new double[wanted];
    double sum = 0;
    for (int k = 0; k < wanted; k++) {
      shares[k] = 0.2 + random.nextDouble();
      sum += shares[k];
    }
    for (int k = 0; k < wanted; k++) {
      shares[k] /= sum;
    }
    return new CobbDouglasConsumer("consumers-" + c, 0, 20 + random.nextInt(181), 30 + 10 * random.nextDouble(),
        chosen, shares);
  }

  // Sized so that at prices of 1 it employs `hours` (ln-space: y = hours / labourShare).
  private static CobbDouglasProducer producer(int w, int products, double hours, SplittableRandom random) {
    int product = w % products;
    int count = random.nextInt(Math.min(4, products));
    int[] inputs = new int[count];
    int[] chosen = distinct(count + 1, products, product, random);
    System.arraycopy(chosen, 1, inputs, 0, count);
    double labourShare = 0.3 + 0.2 * random.nextDouble();
    double[] shares = new double[count];
    double returns = labourShare;
    for (int k = 0; k < count; k++) {
      shares[k] = 0.05 + 0.1 * random.nextDouble();
      returns += shares[k];
    }
    double output = hours / labourShare;
    // At p = 1: ln y (1 − s) = ln A + β0 ln β0 + Σ β_k ln β_k.
    double logScale = StrictMath.log(output) * (1 - returns) - labourShare * StrictMath.log(labourShare);
    for (int k = 0; k < count; k++) {
      logScale -= shares[k] * StrictMath.log(shares[k]);
    }
    int members = (int) Math.max(1, Math.round(hours / HOURS_PER_WORKER));
    return new CobbDouglasProducer("producers-" + w, members, product, StrictMath.exp(logScale), labourShare,
        inputs, shares);
  }

  // `count` distinct products, the first being `first`.
  private static int[] distinct(int count, int products, int first, SplittableRandom random) {
    int[] chosen = new int[count];
    if (count == 0) {
      return chosen;
    }
    chosen[0] = first;
    for (int k = 1; k < count; k++) {
      int candidate;
      boolean fresh;
      do {
        candidate = random.nextInt(products);
        fresh = true;
        for (int m = 0; m < k; m++) {
          fresh &= chosen[m] != candidate;
        }
      } while (!fresh);
      chosen[k] = candidate;
    }
    return chosen;
  }
}
