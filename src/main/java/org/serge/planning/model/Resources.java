package org.serge.planning.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The limited resources of an economy (CO2 budget, land, a machine park…): each has a code,
 * a unit and a limit (infinite when only tracked, not limited). Immutable.
 */
public final class Resources {
  private final List<String> codes;
  private final List<String> names;
  private final List<String> units;
  private final double[] limits;
  private final Map<String, Integer> index;

  Resources(List<String> codes, List<String> names, List<String> units, double[] limits) {
    this.codes = List.copyOf(codes);
    this.names = List.copyOf(names);
    this.units = List.copyOf(units);
    this.limits = limits.clone();
    this.index = Economy.indexOf(this.codes, "resource");
  }

  public int count() { return codes.size(); }
  public String code(int resource) { return codes.get(resource); }
  public String name(int resource) { return names.get(resource); }
  public String unit(int resource) { return units.get(resource); }

  /** The amount available to a plan; {@code Double.POSITIVE_INFINITY} when unlimited. */
  public double limit(int resource) { return limits[resource]; }

  public Optional<Integer> find(String code) {
    return Optional.ofNullable(index.get(code));
  }

  /** The same resources with one limit changed (for what-ifs). */
  public Resources withLimit(int resource, double limit) {
    double[] changed = limits.clone();
    changed[resource] = limit;
    return new Resources(codes, names, units, changed);
  }
}
