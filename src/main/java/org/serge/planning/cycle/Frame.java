package org.serge.planning.cycle;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a planning cycle plans over: the products (each made in one region), the regions
 * (federations planning together, linked by trade), the limited resources with their
 * limits (CO2 budgets…), and the most hours a member may work. Immutable.
 *
 * <p>A product belongs to the region whose workplaces make it: "steel made in region 2" and
 * "steel made in region 3" are two products, so trade between regions is simply a council
 * of one region proposing to use or consume a product of another.
 *
 * @param products product codes, unique; their index is the product index everywhere
 * @param productRegion the region index of each product
 * @param regions region (federation) codes, unique
 * @param resources resource codes, unique
 * @param resourceLimits the amount of each resource a plan may use (infinite: tracked only)
 * @param maxHoursPerMember the most hours a council may propose per member (infinite: none)
 */
public record Frame(List<String> products, int[] productRegion, List<String> regions,
    List<String> resources, double[] resourceLimits, double maxHoursPerMember) {

  public Frame {
    products = List.copyOf(products);
    regions = List.copyOf(regions);
    resources = List.copyOf(resources);
    productRegion = productRegion.clone();
    resourceLimits = resourceLimits.clone();
    if (productRegion.length != products.size() || resourceLimits.length != resources.size()) {
      throw new IllegalArgumentException("one region per product and one limit per resource");
    }
    for (int region : productRegion) {
      if (region < 0 || region >= regions.size()) {
        throw new IllegalArgumentException("no region " + region);
      }
    }
    for (double limit : resourceLimits) {
      if (!(limit >= 0)) {
        throw new IllegalArgumentException("a resource limit must be ≥ 0, not " + limit);
      }
    }
    if (!(maxHoursPerMember > 0)) {
      throw new IllegalArgumentException("the hours limit must be > 0, not " + maxHoursPerMember);
    }
    unique(products, "product");
    unique(regions, "region");
    unique(resources, "resource");
  }

  /** One region, no limited resources, no hours limit. */
  public static Frame of(List<String> products) {
    return new Frame(products, new int[products.size()], List.of("federation"), List.of(),
        new double[0], Double.POSITIVE_INFINITY);
  }

  /** The same frame with these resources and limits. */
  public Frame withResources(List<String> codes, double[] limits) {
    return new Frame(products, productRegion, regions, codes, limits, maxHoursPerMember);
  }

  /** The same frame with this hours limit per member. */
  public Frame withMaxHoursPerMember(double hours) {
    return new Frame(products, productRegion, regions, resources, resourceLimits, hours);
  }

  public int productCount() { return products.size(); }
  public int resourceCount() { return resources.size(); }
  public int regionCount() { return regions.size(); }
  public int region(int product) { return productRegion[product]; }
  public double resourceLimit(int resource) { return resourceLimits[resource]; }

  /** Product code → index (a new map: build it once per batch of proposals). */
  public Map<String, Integer> productIndex() {
    Map<String, Integer> index = new HashMap<>(products.size() * 2);
    for (int i = 0; i < products.size(); i++) {
      index.put(products.get(i), i);
    }
    return index;
  }

  private static void unique(List<String> codes, String what) {
    if (new java.util.HashSet<>(codes).size() != codes.size()) {
      throw new IllegalArgumentException("duplicate " + what + " code in " + codes);
    }
  }
}
