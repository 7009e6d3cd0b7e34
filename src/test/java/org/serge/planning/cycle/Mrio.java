package org.serge.planning.cycle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.serge.SharedData;

/**
 * The pymrio test MRIO (6 regions × 8 sectors, ../shared/data/mrio-test) as the cycle's
 * tests need it: flows Z, final demand Y by region, value added and air emissions.
 */
record Mrio(List<String> regions, List<String> products, int[] productRegion, double[][] flows,
    double[][] finalDemand, double[] valueAdded, double[] emissions, double[] population) {
  private static final int CATEGORIES = 7;

  static Mrio read() throws IOException {
    Path folder = SharedData.resolve("mrio-test");
    List<String[]> z = rows(folder.resolve("trade_flows_Z.txt"));
    List<String> regions = new ArrayList<>();
    List<String> products = new ArrayList<>();
    int n = z.size() - 2;
    int[] productRegion = new int[n];
    double[][] flows = new double[n][];
    for (int i = 0; i < n; i++) {
      String[] row = z.get(i + 2);
      if (!regions.contains(row[0])) {
        regions.add(row[0]);
      }
      productRegion[i] = regions.indexOf(row[0]);
      products.add(row[0] + "/" + row[1]);
      flows[i] = numbers(row, 3);
    }
    List<String[]> y = rows(folder.resolve("finald_demand_Y.txt"));
    double[][] finalDemand = new double[n][regions.size()];
    for (int i = 0; i < n; i++) {
      double[] categories = numbers(y.get(i + 2), 3);
      for (int c = 0; c < categories.length; c++) {
        finalDemand[i][c / CATEGORIES] += categories[c];
      }
    }
    double[] valueAdded = numbers(rows(folder.resolve("factor_input.txt")).get(2), 2);
    double[] emissions = numbers(rows(folder.resolve("emissions.txt")).get(2), 3);
    double[] population = numbers(rows(folder.resolve("population.txt")).get(1), 1);
    return new Mrio(regions, products, productRegion, flows, finalDemand, valueAdded, emissions, population);
  }

  /** Total output of each product: row sums of Z and Y. */
  double[] output() {
    double[] x = new double[flows.length];
    for (int i = 0; i < x.length; i++) {
      for (double f : flows[i]) {
        x[i] += f;
      }
      for (double d : finalDemand[i]) {
        x[i] += d;
      }
    }
    return x;
  }

  private static List<String[]> rows(Path file) throws IOException {
    return Files.readAllLines(file).stream().map(line -> line.split("\t", -1)).toList();
  }

  private static double[] numbers(String[] row, int skip) {
    double[] values = new double[row.length - skip];
    for (int i = 0; i < values.length; i++) {
      values[i] = Double.parseDouble(row[i + skip]);
    }
    return values;
  }
}
