package org.serge.planning.result;

/**
 * A limit on a plan — labour, a resource, or a technology's capacity — and how the plan
 * stands against it.
 *
 * @param kind "labour", "resource" or "capacity"
 * @param name the resource code or technology id ("labour" for labour)
 * @param unit the unit of the limit
 * @param limit the amount available
 * @param used the amount the plan uses (for a conflict: the amount it would need)
 * @param price the shadow price: labour saved per extra unit of the limit (in the
 *     economy's labour unit; for labour itself, 1 when it binds) — 0 when it does not bind
 * @param binding whether the plan uses all of it
 */
public record Limit(String kind, String name, String unit, double limit, double used,
    double price, boolean binding) {

  /** How much more the plan needs than the limit allows (for conflicts). */
  public double shortfall() {
    return Math.max(0, used - limit);
  }
}
