package org.serge.planning.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.serge.planning.cycle.Prices;
import org.serge.planning.cycle.Round;
import org.serge.planning.cycle.Tally;

/**
 * While a report is computed: the input, where each piece of it came from, and every figure
 * made so far, in report order. One per {@link PlanReport#of} call; not thread-safe.
 */
final class Ledger {
  private final PlanReportInput input;
  private final Map<String, PlanReportInput.Council> councils;
  private final List<Figure> figures = new ArrayList<>();
  private final Tally tally;

  Ledger(PlanReportInput input) {
    this.input = input;
    this.councils = input.councilsById();
    this.tally = Tally.of(input.frame(), input.plan(), input.rounds().getLast().prices());
  }

  PlanReportInput input() { return input; }

  /** The round whose proposals are the plan: the last. */
  Round last() {
    return input.rounds().getLast();
  }

  /** The sums of the plan at its prices (the last round's tally when the plan is its proposals). */
  Tally sums() {
    return tally;
  }

  /** The prices the plan was proposed at. */
  Prices prices() {
    return last().prices();
  }

  PlanReportInput.Council council(String id) {
    PlanReportInput.Council council = councils.get(id);
    if (council == null) {
      throw new IllegalArgumentException("the plan has a proposal of " + id + ", which is not among the councils");
    }
    return council;
  }

  /** The event of a council's proposal in the plan. */
  Source proposal(String council) {
    Source source = input.provenance().proposals().get(council);
    if (source == null) {
      throw new IllegalArgumentException("no event for the proposal of " + council);
    }
    return source;
  }

  /** The event that tallied the plan's round (its sums and verdict). */
  Source tally() {
    return input.provenance().iterations().getLast();
  }

  /** The event of round {@code number} (1-based). */
  Source iteration(int number) {
    return input.provenance().iterations().get(number - 1);
  }

  /**
   * The event that published the plan's prices: the iteration before the last, or for a plan
   * of one round the event of the first prices.
   */
  Source pricesPublished() {
    List<Source> iterations = input.provenance().iterations();
    return iterations.size() == 1 ? input.provenance().firstPrices() : iterations.get(iterations.size() - 2);
  }

  Source opening() {
    return input.provenance().opening();
  }

  String product(int index) {
    return input.frame().products().get(index);
  }

  String region(int index) {
    return input.frame().regions().get(index);
  }

  /** A new figure, its sources put in log order without repeats, added to the report's list. */
  Figure add(String section, String council, String product, String measure, double value, String unit,
      Source... sources) {
    List<Source> ordered = Arrays.stream(sources).distinct()
        .sorted(Comparator.comparingLong(Source::seq)).toList();
    Figure figure = new Figure(section, council, product, measure, value, unit, ordered);
    figures.add(figure);
    return figure;
  }

  List<Figure> figures() {
    return List.copyOf(figures);
  }
}
