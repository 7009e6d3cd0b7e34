package org.serge.planning.cycle;

import java.util.ArrayList;
import java.util.List;

/** Small economies for the cycle's tests: fixed technologies, Cobb-Douglas consumers. */
final class Economies {
  private Economies() {}

  /** One Leontief producer per product: inputs[i][j] per unit of j, hours, CO2 per unit. */
  static List<ProducerCouncil> leontief(double[][] inputs, double[] hours, double[] co2, double[] capacity) {
    List<ProducerCouncil> producers = new ArrayList<>();
    int n = hours.length;
    for (int j = 0; j < n; j++) {
      double[] column = new double[n];
      for (int i = 0; i < n; i++) {
        column[i] = inputs[i][j];
      }
      double[] uses = co2 == null ? new double[0] : new double[] {co2[j]};
      producers.add(new LeontiefProducer("works-" + j, 10, j, column, hours[j], uses, capacity[j], 10));
    }
    return producers;
  }

  static double[] unlimited(int n) {
    double[] capacity = new double[n];
    java.util.Arrays.fill(capacity, Double.POSITIVE_INFINITY);
    return capacity;
  }

  static ConsumerCouncil consumer(String id, int members, double hours, double... shares) {
    int[] products = new int[shares.length];
    for (int i = 0; i < shares.length; i++) {
      products[i] = i;
    }
    return new CobbDouglasConsumer(id, 0, members, hours, products, shares);
  }

  static Frame frame(int n) {
    List<String> codes = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      codes.add("p" + i);
    }
    return Frame.of(codes);
  }
}
