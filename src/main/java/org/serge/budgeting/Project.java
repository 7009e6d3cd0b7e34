package org.serge.budgeting;

/**
 * A project that may be funded: its id as in the source file, its cost in whole currency
 * units (at least 0), the categories it belongs to (possibly none), and whether the
 * organiser reported it as selected ({@code null} when unknown).
 */
public record Project(String id, long cost, java.util.List<String> categories, Boolean selected) {
  public Project {
    if (cost < 0) {
      throw new IllegalArgumentException("cost of " + id + " is negative");
    }
    categories = java.util.List.copyOf(categories);
  }
}
