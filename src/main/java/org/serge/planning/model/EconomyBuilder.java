package org.serge.planning.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds an {@link Economy}. Declare products and resources, then each technology followed
 * by its inputs and resource uses: {@link #addInput} and {@link #addUse} apply to the
 * technology added last. Not thread-safe.
 */
public final class EconomyBuilder {
  private final String name;
  private String labourUnit = "hours";
  private double labourAvailable = Double.POSITIVE_INFINITY;
  private final List<String> productCodes = new ArrayList<>();
  private final List<String> productNames = new ArrayList<>();
  private final Map<String, Integer> productIndex = new HashMap<>();
  private final List<String> resourceCodes = new ArrayList<>();
  private final List<String> resourceNames = new ArrayList<>();
  private final List<String> resourceUnits = new ArrayList<>();
  private double[] resourceLimits = new double[4];
  private final List<String> technologyIds = new ArrayList<>();
  private int technologies;
  private int[] product = new int[16];
  private double[] labour = new double[16];
  private double[] capacity = new double[16];
  private int[] inputStart = new int[17];
  private int inputs;
  private int[] inputProduct = new int[64];
  private double[] inputAmount = new double[64];
  private int[] useStart = new int[17];
  private int uses;
  private int[] useResource = new int[16];
  private double[] useAmount = new double[16];

  EconomyBuilder(String name) {
    this.name = name;
  }

  public EconomyBuilder labourUnit(String unit) {
    this.labourUnit = unit;
    return this;
  }

  public EconomyBuilder labourAvailable(double available) {
    this.labourAvailable = requireNonNegative(available, "labour available");
    return this;
  }

  /** Declares a product; returns its index. */
  public int addProduct(String code, String productName) {
    if (productIndex.putIfAbsent(code, productCodes.size()) != null) {
      throw new IllegalArgumentException("duplicate product '" + code + "'");
    }
    productCodes.add(code);
    productNames.add(productName);
    return productCodes.size() - 1;
  }

  /** The index of a declared product, or -1. */
  public int productIndex(String code) {
    return productIndex.getOrDefault(code, -1);
  }

  public int productCount() {
    return productCodes.size();
  }

  /** Declares a resource with its limit (infinite: tracked, not limited); returns its index. */
  public int addResource(String code, String resourceName, String unit, double limit) {
    if (resourceCodes.contains(code)) {
      throw new IllegalArgumentException("duplicate resource '" + code + "'");
    }
    requireNonNegative(limit, "resource limit");
    int index = resourceCodes.size();
    resourceCodes.add(code);
    resourceNames.add(resourceName);
    resourceUnits.add(unit);
    if (index == resourceLimits.length) {
      resourceLimits = Arrays.copyOf(resourceLimits, index * 2);
    }
    resourceLimits[index] = limit;
    return index;
  }

  /** The index of a declared resource, or -1. */
  public int resourceIndex(String code) {
    return resourceCodes.indexOf(code);
  }

  /**
   * Starts a technology making {@code madeProduct} with the given labour per unit and
   * capacity (infinite: unlimited); returns its index.
   */
  public int addTechnology(String id, int madeProduct, double labourPerUnit, double maxOutput) {
    checkProduct(madeProduct);
    if (technologies == product.length) {
      int size = technologies * 2;
      product = Arrays.copyOf(product, size);
      labour = Arrays.copyOf(labour, size);
      capacity = Arrays.copyOf(capacity, size);
      inputStart = Arrays.copyOf(inputStart, size + 1);
      useStart = Arrays.copyOf(useStart, size + 1);
    }
    technologyIds.add(id);
    product[technologies] = madeProduct;
    labour[technologies] = requireNonNegative(labourPerUnit, "labour");
    capacity[technologies] = requireNonNegative(maxOutput, "capacity");
    technologies++;
    inputStart[technologies] = inputs;
    useStart[technologies] = uses;
    return technologies - 1;
  }

  /** Adds an input to the technology added last. */
  public EconomyBuilder addInput(int inputProductIndex, double amountPerUnit) {
    requireTechnology();
    checkProduct(inputProductIndex);
    if (inputs == inputProduct.length) {
      inputProduct = Arrays.copyOf(inputProduct, inputs * 2);
      inputAmount = Arrays.copyOf(inputAmount, inputs * 2);
    }
    inputProduct[inputs] = inputProductIndex;
    inputAmount[inputs] = requireNonNegative(amountPerUnit, "input amount");
    inputs++;
    inputStart[technologies] = inputs;
    return this;
  }

  /** Adds a resource use to the technology added last. */
  public EconomyBuilder addUse(int resource, double amountPerUnit) {
    requireTechnology();
    if (resource < 0 || resource >= resourceCodes.size()) {
      throw new IllegalArgumentException("no resource " + resource);
    }
    if (uses == useResource.length) {
      useResource = Arrays.copyOf(useResource, uses * 2);
      useAmount = Arrays.copyOf(useAmount, uses * 2);
    }
    useResource[uses] = resource;
    useAmount[uses] = requireNonNegative(amountPerUnit, "resource use");
    uses++;
    useStart[technologies] = uses;
    return this;
  }

  public Economy build() {
    Resources resources = new Resources(resourceCodes, resourceNames, resourceUnits,
        Arrays.copyOf(resourceLimits, resourceCodes.size()));
    Technologies all = new Technologies(technologyIds,
        Arrays.copyOf(product, technologies), Arrays.copyOf(labour, technologies),
        Arrays.copyOf(capacity, technologies), Arrays.copyOf(inputStart, technologies + 1),
        Arrays.copyOf(inputProduct, inputs), Arrays.copyOf(inputAmount, inputs),
        Arrays.copyOf(useStart, technologies + 1), Arrays.copyOf(useResource, uses),
        Arrays.copyOf(useAmount, uses));
    return new Economy(name, labourUnit, labourAvailable, productCodes, productNames, resources, all);
  }

  private void requireTechnology() {
    if (technologies == 0) {
      throw new IllegalStateException("add a technology before its inputs and uses");
    }
  }

  private void checkProduct(int index) {
    if (index < 0 || index >= productCodes.size()) {
      throw new IllegalArgumentException("no product " + index);
    }
  }

  private static double requireNonNegative(double value, String what) {
    if (!(value >= 0)) {
      throw new IllegalArgumentException(what + " must be a number ≥ 0, not " + value);
    }
    return value;
  }
}
