package org.serge.planning.model;

import java.util.List;

/**
 * The technologies of an economy in compressed sparse form. Technology t makes one unit of
 * {@link #product(int)} using {@link #labour(int)} units of labour, the inputs at positions
 * {@code inputStart(t) .. inputStart(t+1)-1} and the resources at
 * {@code useStart(t) .. useStart(t+1)-1}, up to {@link #capacity(int)} units. Immutable;
 * the arrays are never exposed for writing.
 */
public final class Technologies {
  private final List<String> ids;
  private final int[] product;
  private final double[] labour;
  private final double[] capacity;
  private final int[] inputStart;
  private final int[] inputProduct;
  private final double[] inputAmount;
  private final int[] useStart;
  private final int[] useResource;
  private final double[] useAmount;

  Technologies(List<String> ids, int[] product, double[] labour, double[] capacity,
      int[] inputStart, int[] inputProduct, double[] inputAmount,
      int[] useStart, int[] useResource, double[] useAmount) {
    this.ids = List.copyOf(ids);
    this.product = product;
    this.labour = labour;
    this.capacity = capacity;
    this.inputStart = inputStart;
    this.inputProduct = inputProduct;
    this.inputAmount = inputAmount;
    this.useStart = useStart;
    this.useResource = useResource;
    this.useAmount = useAmount;
  }

  public int count() { return product.length; }
  public String id(int t) { return ids.get(t); }
  public int product(int t) { return product[t]; }

  /** Labour per unit of output. */
  public double labour(int t) { return labour[t]; }

  /** Most units this technology can make; infinite when unlimited. */
  public double capacity(int t) { return capacity[t]; }

  public int inputStart(int t) { return inputStart[t]; }
  public int inputEnd(int t) { return inputStart[t + 1]; }
  public int inputProduct(int k) { return inputProduct[k]; }

  /** Units of {@link #inputProduct(int)} used per unit of output. */
  public double inputAmount(int k) { return inputAmount[k]; }

  public int useStart(int t) { return useStart[t]; }
  public int useEnd(int t) { return useStart[t + 1]; }
  public int useResource(int k) { return useResource[k]; }

  /** Units of {@link #useResource(int)} used per unit of output. */
  public double useAmount(int k) { return useAmount[k]; }

  /** Total input entries over all technologies. */
  public long inputCount() { return inputProduct.length; }
}
