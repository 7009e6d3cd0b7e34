package org.serge.budgeting.committee;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/** Helpers shared by the committee rules: enumeration and canonical ordering. */
final class Committees {
  /** Lexicographic order of ascending candidate lists. */
  static final Comparator<List<Integer>> ORDER = (a, b) -> {
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      int c = Integer.compare(a.get(i), b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.size(), b.size());
  };

  private Committees() {}

  /** Every subset of {@code size} of 0..m-1, in lexicographic order. */
  static List<int[]> all(int m, int size) {
    List<int[]> result = new ArrayList<>();
    int[] current = new int[size];
    fill(result, current, 0, 0, m);
    return result;
  }

  private static void fill(List<int[]> result, int[] current, int at, int from, int m) {
    if (at == current.length) {
      result.add(current.clone());
      return;
    }
    for (int c = from; c <= m - (current.length - at); c++) {
      current[at] = c;
      fill(result, current, at + 1, c + 1, m);
    }
  }

  /** Sorted, duplicate-free list of sorted committees. */
  static List<List<Integer>> canonical(Collection<? extends Collection<Integer>> committees) {
    TreeSet<List<Integer>> set = new TreeSet<>(ORDER);
    for (Collection<Integer> committee : committees) {
      set.add(new ArrayList<>(new TreeSet<>(committee)));
    }
    return List.copyOf(set);
  }

  static boolean[] mask(int m, Collection<Integer> committee) {
    boolean[] in = new boolean[m];
    committee.forEach(c -> in[c] = true);
    return in;
  }
}
