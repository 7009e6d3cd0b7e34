package org.serge.planning.report;

import java.util.ArrayList;
import java.util.List;
import org.serge.planning.cycle.Tally;

/**
 * The material balance of one product in the plan: what is made against what is used as
 * input and as final demand, and the product's price. Immutable.
 *
 * @param product the product code
 * @param region the code of the region that makes it
 * @param output units made
 * @param intermediate units used as inputs by workplace councils
 * @param consumption units asked for by neighbourhood councils
 * @param publicDemand units for public goods
 * @param surplus output − intermediate − consumption − public demand (negative: short)
 * @param price the plan's price of a unit, in hours
 * @param holds whether output ≥ intermediate use + final demand within ε (surplus ≥ −ε × output)
 */
public record Balance(String product, String region, Figure output, Figure intermediate, Figure consumption,
    Figure publicDemand, Figure surplus, Figure price, boolean holds) {
  static final String SECTION = "balance";

  static List<Balance> of(Ledger ledger) {
    Tally sums = ledger.sums();
    double epsilon = ledger.input().settings().epsilon();
    Source tally = ledger.tally();
    List<Balance> lines = new ArrayList<>();
    for (int i = 0; i < ledger.input().frame().productCount(); i++) {
      String code = ledger.product(i);
      double surplus = sums.supply()[i] - sums.demand(i);
      lines.add(new Balance(code, ledger.region(ledger.input().frame().region(i)),
          ledger.add(SECTION, "", code, "output", sums.supply()[i], "units", tally),
          ledger.add(SECTION, "", code, "intermediate use", sums.intermediate()[i], "units", tally),
          ledger.add(SECTION, "", code, "consumption", sums.consumption()[i], "units", tally),
          ledger.add(SECTION, "", code, "public demand", sums.publicDemand()[i], "units", tally),
          ledger.add(SECTION, "", code, "surplus", surplus, "units", tally),
          ledger.add(SECTION, "", code, "price", ledger.prices().product(i), "hours/unit", ledger.pricesPublished()),
          surplus >= -epsilon * sums.supply()[i]));
    }
    return lines;
  }
}
