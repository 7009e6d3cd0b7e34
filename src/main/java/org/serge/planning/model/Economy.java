package org.serge.planning.model;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.serge.InvalidInputException;

/**
 * An economy: products, the technologies that can make them, the labour and limited
 * resources each technology uses. Immutable and thread-safe once built.
 *
 * <p>A technology makes one unit of one product per unit of activity, using fixed amounts
 * of other products (its inputs), hours of labour and amounts of resources (CO2, land, …),
 * up to an optional capacity. A product may have several alternative technologies; its
 * first is its <em>primary</em> technology, used by Leontief solves. Inputs and resource
 * uses are stored sparsely by technology (CSC), since a real economy has 10^5–10^7
 * products each needing only ~10–50 inputs.
 */
public final class Economy {
  private final String name;
  private final String labourUnit;
  private final double labourAvailable;
  private final List<String> productCodes;
  private final List<String> productNames;
  private final Map<String, Integer> productIndex;
  private final Resources resources;
  private final Technologies technologies;
  private final int[] primaryTechnology;

  Economy(String name, String labourUnit, double labourAvailable, List<String> productCodes,
      List<String> productNames, Resources resources, Technologies technologies) {
    this.name = name;
    this.labourUnit = labourUnit;
    this.labourAvailable = labourAvailable;
    this.productCodes = List.copyOf(productCodes);
    this.productNames = List.copyOf(productNames);
    this.productIndex = indexOf(this.productCodes, "product");
    this.resources = resources;
    this.technologies = technologies;
    this.primaryTechnology = new int[productCodes.size()];
    Arrays.fill(primaryTechnology, -1);
    for (int t = technologies.count() - 1; t >= 0; t--) {
      primaryTechnology[technologies.product(t)] = t;
    }
  }

  public static EconomyBuilder builder(String name) {
    return new EconomyBuilder(name);
  }

  public String name() { return name; }

  /** The unit labour is counted in, e.g. "hours" or "£ of wages". */
  public String labourUnit() { return labourUnit; }

  /** Labour available for a plan, in {@link #labourUnit()}; infinite when unlimited. */
  public double labourAvailable() { return labourAvailable; }

  public int productCount() { return productCodes.size(); }
  public String productCode(int product) { return productCodes.get(product); }
  public String productName(int product) { return productNames.get(product); }
  public List<String> productCodes() { return productCodes; }

  /** The index of a product code, if the economy has it. */
  public Optional<Integer> findProduct(String code) {
    return Optional.ofNullable(productIndex.get(code));
  }

  public Resources resources() { return resources; }

  /** The same economy with other resource limits and labour available (shares the rest). */
  public Economy withLimits(Resources limits, double labour) {
    if (limits.count() != resources.count()) {
      throw new IllegalArgumentException("the resources must be the same, with other limits");
    }
    return new Economy(name, labourUnit, labour, productCodes, productNames, limits, technologies);
  }
  public Technologies technologies() { return technologies; }

  /** The same economy keeping only the technologies {@code keep} accepts (e.g. the primary ones). */
  public Economy withTechnologies(String newName, java.util.function.IntPredicate keep) {
    EconomyBuilder copy = builder(newName).labourUnit(labourUnit).labourAvailable(labourAvailable);
    for (int p = 0; p < productCount(); p++) {
      copy.addProduct(productCode(p), productName(p));
    }
    for (int r = 0; r < resources.count(); r++) {
      copy.addResource(resources.code(r), resources.name(r), resources.unit(r), resources.limit(r));
    }
    for (int t = 0; t < technologies.count(); t++) {
      if (!keep.test(t)) {
        continue;
      }
      copy.addTechnology(technologies.id(t), technologies.product(t), technologies.labour(t), technologies.capacity(t));
      for (int k = technologies.inputStart(t); k < technologies.inputEnd(t); k++) {
        copy.addInput(technologies.inputProduct(k), technologies.inputAmount(k));
      }
      for (int k = technologies.useStart(t); k < technologies.useEnd(t); k++) {
        copy.addUse(technologies.useResource(k), technologies.useAmount(k));
      }
    }
    return copy.build();
  }

  /** The primary (first-listed) technology of a product, or -1 when it has none. */
  public int primaryTechnology(int product) { return primaryTechnology[product]; }

  /** The primary technology of every product; refuses an economy where one has none. */
  public int[] primaryTechnologies() {
    for (int p = 0; p < primaryTechnology.length; p++) {
      if (primaryTechnology[p] < 0) {
        throw new InvalidInputException(null, 0, "product",
            "product '" + productCode(p) + "' has no technology that makes it");
      }
    }
    return primaryTechnology.clone();
  }

  /** The input-output system of the given technology choice (one technology per product). */
  public InputOutputSystem system(int[] technologyOfProduct) {
    return InputOutputSystem.of(this, technologyOfProduct);
  }

  /** The input-output system of the primary technologies. */
  public InputOutputSystem primarySystem() {
    return system(primaryTechnologies());
  }

  static Map<String, Integer> indexOf(List<String> codes, String what) {
    Map<String, Integer> index = new HashMap<>(codes.size() * 2);
    for (int i = 0; i < codes.size(); i++) {
      if (index.putIfAbsent(codes.get(i), i) != null) {
        throw new InvalidInputException(null, 0, what, "duplicate " + what + " '" + codes.get(i) + "'");
      }
    }
    return index;
  }
}
