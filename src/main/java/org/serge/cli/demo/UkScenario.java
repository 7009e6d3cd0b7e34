package org.serge.cli.demo;

import java.util.Set;
import org.serge.formats.OnsTables;
import org.serge.planning.model.Economy;
import org.serge.planning.model.EconomyBuilder;
import org.serge.planning.model.Technologies;

/**
 * The demo's planning scenario on the UK 2019 tables, which hold money flows but no
 * emissions. Everything added here is illustrative and said so in the report:
 *
 * <ul>
 *   <li>CO2: each £ million of fossil fuel bought (coal, oil and gas, refined petroleum,
 *       distributed gas) emits {@value #TONNES_CO2_PER_MILLION} t of CO2 when burnt by the
 *       buying industry — a rough average of gas at ~£20/MWh and oil products at ~£500/t.
 *   <li>A low-carbon alternative for every product that buys fossil fuel: it buys
 *       {@value #FOSSIL_KEPT} of the fossil fuel, replaces the rest by 1.2× its value in
 *       electricity (for electricity itself: in machinery and construction, i.e. wind and
 *       solar) and needs {@value #EXTRA_LABOUR} more labour.
 * </ul>
 */
final class UkScenario {
  static final double TONNES_CO2_PER_MILLION = 7_000;
  static final double FOSSIL_KEPT = 0.3;
  static final double EXTRA_LABOUR = 0.05;
  static final Set<String> FOSSIL = Set.of("CPA_B05", "CPA_B06 & B07", "CPA_C19", "CPA_D352_3");
  static final String ELECTRICITY = "CPA_D351";
  static final Set<String> RENEWABLE_INPUTS = Set.of("CPA_C28", "CPA_F41, F42 & F43");
  private static final double MIN_FOSSIL_SHARE = 0.005;

  private UkScenario() {}

  /** The ONS economy with a CO2 resource (limit given) and low-carbon alternatives. */
  static Economy withAlternatives(OnsTables tables, double co2Limit, double labourAvailable) {
    Economy ons = tables.economy();
    EconomyBuilder builder = Economy.builder("UK 2019 with low-carbon alternatives (illustrative)")
        .labourUnit(ons.labourUnit()).labourAvailable(labourAvailable);
    for (int p = 0; p < ons.productCount(); p++) {
      builder.addProduct(ons.productCode(p), ons.productName(p));
    }
    int co2 = builder.addResource("co2", "carbon dioxide emitted", "t", co2Limit);
    int electricity = ons.findProduct(ELECTRICITY).orElseThrow();
    Technologies all = ons.technologies();
    for (int t = 0; t < all.count(); t++) {
      int product = all.product(t);
      builder.addTechnology(all.id(t), product, all.labour(t), Double.POSITIVE_INFINITY);
      double fossil = copyInputs(ons, all, t, builder, 1.0);
      builder.addUse(co2, fossil * TONNES_CO2_PER_MILLION);
      if (fossil < MIN_FOSSIL_SHARE) {
        continue;
      }
      builder.addTechnology(all.id(t) + " low-carbon", product, all.labour(t) * (1 + EXTRA_LABOUR),
          Double.POSITIVE_INFINITY);
      copyInputs(ons, all, t, builder, FOSSIL_KEPT);
      double replaced = 1.2 * fossil * (1 - FOSSIL_KEPT);
      if (product == electricity) {
        for (String input : RENEWABLE_INPUTS) {
          builder.addInput(ons.findProduct(input).orElseThrow(), replaced / RENEWABLE_INPUTS.size());
        }
      } else {
        builder.addInput(electricity, replaced);
      }
      builder.addUse(co2, fossil * FOSSIL_KEPT * TONNES_CO2_PER_MILLION);
    }
    return builder.build();
  }

  /** Tonnes of CO2 per £ million of output of each product's primary technology. */
  static double[] intensity(Economy ons) {
    double[] intensity = new double[ons.productCount()];
    Technologies all = ons.technologies();
    for (int p = 0; p < intensity.length; p++) {
      int t = ons.primaryTechnology(p);
      for (int k = all.inputStart(t); k < all.inputEnd(t); k++) {
        if (FOSSIL.contains(ons.productCode(all.inputProduct(k)))) {
          intensity[p] += all.inputAmount(k) * TONNES_CO2_PER_MILLION;
        }
      }
    }
    return intensity;
  }

  // Copies technology t's inputs, fossil ones scaled; returns the fossil input per unit.
  private static double copyInputs(Economy ons, Technologies all, int t, EconomyBuilder builder, double fossilScale) {
    double fossil = 0;
    for (int k = all.inputStart(t); k < all.inputEnd(t); k++) {
      int input = all.inputProduct(k);
      double amount = all.inputAmount(k);
      if (FOSSIL.contains(ons.productCode(input))) {
        fossil += amount;
        amount *= fossilScale;
      }
      builder.addInput(input, amount);
    }
    return fossil;
  }
}
