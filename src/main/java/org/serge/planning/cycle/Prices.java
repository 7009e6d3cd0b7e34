package org.serge.planning.cycle;

/**
 * The indicative prices the cycle publishes for a round, in hours of work (an hour of work
 * costs 1: prices start from labour values).
 *
 * @param products the price of a unit of each product, by product index
 * @param resources the scarcity premium of a unit of each resource (0 while it is not
 *     scarce), by resource index; it is already included in the product prices
 * @param incomePerHour what a consumer council's budget gets per hour its members offer:
 *     1 plus the social dividend: the scarcity rents and producers' surplus at these
 *     prices, less the cost of public demand, shared out in proportion to hours
 */
public record Prices(double[] products, double[] resources, double incomePerHour) {

  public double product(int i) {
    return products[i];
  }
}
