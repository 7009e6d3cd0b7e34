package org.serge.planning.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.serge.planning.cycle.DemandProposal;
import org.serge.planning.cycle.Frame;
import org.serge.planning.cycle.Prices;
import org.serge.planning.cycle.Trade;

/**
 * For whom: what each neighbourhood council receives, in total and per person, the public
 * goods, how evenly consumption is shared (overall and by region), and the trade between
 * regions. Values are in hours at the plan's prices. Immutable.
 *
 * @param consumers one line per neighbourhood council in the plan, in the plan's order
 * @param publicGoods the participatory budget's projects in the plan
 * @param distribution consumption value per person across all councils
 * @param regions one line per region
 * @param trade units of each product used in a region other than the one that makes it
 */
public record ForWhom(List<Consumer> consumers, List<PublicGood> publicGoods, Distribution distribution,
    List<Region> regions, List<TradeFlow> trade) {
  static final String SECTION = "for-whom";

  public ForWhom {
    consumers = List.copyOf(consumers);
    publicGoods = List.copyOf(publicGoods);
    regions = List.copyOf(regions);
    trade = List.copyOf(trade);
  }

  /**
   * A neighbourhood council's share of the plan.
   *
   * @param members its members, as its proposal states
   * @param units units of each product it receives, only those it receives
   * @param perMember the same per member, in the same order
   * @param value the value of all it receives (hours at the plan's prices)
   * @param valuePerMember that value per member
   * @param hoursPerMember hours each member offers to work
   * @param freeTimePerMember the hours limit minus the hours offered per member
   */
  public record Consumer(PlanReportInput.Council council, Figure members, List<Figure> units, List<Figure> perMember,
      Figure value, Figure valuePerMember, Figure hoursPerMember, Figure freeTimePerMember) {

    public Consumer {
      units = List.copyOf(units);
      perMember = List.copyOf(perMember);
    }
  }

  /** A funded project: the units it takes of each product it needs, and their value in hours. */
  public record PublicGood(String name, List<Figure> units, Figure value) {

    public PublicGood {
      units = List.copyOf(units);
    }
  }

  /**
   * A region's share: its neighbourhood councils' members, their consumption value per
   * person, and the value of its exports and imports at the plan's prices.
   */
  public record Region(String region, Figure members, Figure meanValuePerMember, Distribution distribution,
      Figure exports, Figure imports) {}

  /** Units of a product made in region {@code from} and used in region {@code to}. */
  public record TradeFlow(String product, String from, String to, Figure units) {}

  static ForWhom of(Ledger ledger) {
    PlanReportInput input = ledger.input();
    Prices prices = ledger.prices();
    List<Consumer> consumers = new ArrayList<>();
    for (DemandProposal proposal : input.plan().consumers()) {
      consumers.add(consumer(ledger, proposal, prices));
    }
    List<PublicGood> goods = new ArrayList<>();
    for (PlanReportInput.PublicGood good : input.publicGoods()) {
      List<Figure> units = new ArrayList<>();
      double value = 0;
      for (int i = 0; i < good.quantities().length; i++) {
        if (good.quantities()[i] != 0) {
          units.add(ledger.add(SECTION, "", ledger.product(i), "public good " + good.name(), good.quantities()[i],
              "units", good.source()));
          value += prices.product(i) * good.quantities()[i];
        }
      }
      goods.add(new PublicGood(good.name(), units, ledger.add(SECTION, "", "", "public good " + good.name()
          + " value", value, "hours", good.source(), ledger.pricesPublished())));
    }
    Distribution all = distribution(ledger, "", consumers);
    Trade trade = Trade.of(input.frame(), input.plan());
    return new ForWhom(consumers, goods, all, regions(ledger, consumers, trade), trade(ledger, trade));
  }

  private static Consumer consumer(Ledger ledger, DemandProposal proposal, Prices prices) {
    PlanReportInput.Council council = ledger.council(proposal.council());
    String id = council.id();
    Source from = ledger.proposal(id);
    List<Figure> units = new ArrayList<>();
    List<Figure> perMember = new ArrayList<>();
    double value = 0;
    for (int i = 0; i < proposal.quantities().length; i++) {
      double quantity = proposal.quantities()[i];
      if (quantity != 0) {
        units.add(ledger.add(SECTION, id, ledger.product(i), "units", quantity, "units", from));
        perMember.add(ledger.add(SECTION, id, ledger.product(i), "units per member", proposal.perMember(i),
            "units/member", from));
        value += prices.product(i) * quantity;
      }
    }
    Source priced = ledger.pricesPublished();
    double limit = ledger.input().objectives().maxHoursPerMember();
    return new Consumer(council, ledger.add(SECTION, id, "", "members", proposal.members(), "persons", from),
        units, perMember,
        ledger.add(SECTION, id, "", "consumption value", value, "hours", from, priced),
        ledger.add(SECTION, id, "", "consumption value per member", value / proposal.members(), "hours/member",
            from, priced),
        ledger.add(SECTION, id, "", "hours offered per member", proposal.hoursPerMember(), "hours/member", from),
        ledger.add(SECTION, id, "", "free time per member", limit - proposal.hoursPerMember(), "hours/member",
            from, ledger.opening()));
  }

  // The distribution of value per member over the councils given, each weighted by its members.
  private static Distribution distribution(Ledger ledger, String where, List<Consumer> consumers) {
    double[] values = consumers.stream().mapToDouble(c -> c.valuePerMember().value()).toArray();
    double[] weights = consumers.stream().mapToDouble(c -> c.members().value()).toArray();
    double min = Arrays.stream(values).min().orElse(0);
    double max = Arrays.stream(values).max().orElse(0);
    double median = values.length == 0 ? 0 : Distribution.median(values, weights);
    Source tally = ledger.tally();
    Source priced = ledger.pricesPublished();
    return new Distribution(
        ledger.add(SECTION, where, "", "Gini of consumption value per person", Distribution.gini(values, weights),
            "coefficient", tally, priced),
        ledger.add(SECTION, where, "", "least consumption value per person", min, "hours/member", tally, priced),
        ledger.add(SECTION, where, "", "median consumption value per person", median, "hours/member", tally, priced),
        ledger.add(SECTION, where, "", "most consumption value per person", max, "hours/member", tally, priced));
  }

  private static List<Region> regions(Ledger ledger, List<Consumer> consumers, Trade trade) {
    Frame frame = ledger.input().frame();
    Source tally = ledger.tally();
    Source priced = ledger.pricesPublished();
    List<Region> regions = new ArrayList<>();
    for (int r = 0; r < frame.regionCount(); r++) {
      int region = r;
      String code = ledger.region(r);
      List<Consumer> here = consumers.stream().filter(c -> c.council().region() == region).toList();
      double members = here.stream().mapToDouble(c -> c.members().value()).sum();
      double value = here.stream().mapToDouble(c -> c.value().value()).sum();
      regions.add(new Region(code,
          ledger.add(SECTION, code, "", "members of neighbourhood councils", members, "persons", tally),
          ledger.add(SECTION, code, "", "mean consumption value per person", members > 0 ? value / members : 0,
              "hours/member", tally, priced),
          distribution(ledger, code, here),
          ledger.add(SECTION, code, "", "exports", trade.exports(r, ledger.prices()), "hours", tally, priced),
          ledger.add(SECTION, code, "", "imports", trade.imports(r, ledger.prices()), "hours", tally, priced)));
    }
    return regions;
  }

  private static List<TradeFlow> trade(Ledger ledger, Trade trade) {
    Frame frame = ledger.input().frame();
    List<TradeFlow> flows = new ArrayList<>();
    for (int i = 0; i < frame.productCount(); i++) {
      for (int r = 0; r < frame.regionCount(); r++) {
        double units = trade.use()[i][r];
        if (r != frame.region(i) && units != 0) {
          String from = ledger.region(frame.region(i));
          String to = ledger.region(r);
          flows.add(new TradeFlow(ledger.product(i), from, to,
              ledger.add(SECTION, to, ledger.product(i), "units from " + from, units, "units", ledger.tally())));
        }
      }
    }
    return flows;
  }
}
