package org.serge.formats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.serge.planning.report.Figure;
import org.serge.planning.report.Flow;
import org.serge.planning.report.Source;

/**
 * The flow (Sankey) chart of a plan: workplace councils → the products they make → who uses
 * them (neighbourhood councils, public goods, production), in hours at the plan's prices,
 * as inline SVG. To stay readable it keeps the {@link #KEEP} largest nodes of each column
 * and joins the rest into one "other" node per column (at most about 40 nodes); a joined
 * flow's value is the sum and its sources the union of the flows joined.
 */
final class PlanSankey {
  static final int KEEP = 12;
  private static final int WIDTH = 900;
  private static final int HEIGHT = 540;
  private static final int GAP = 6;
  private static final int NODE = 12;
  private static final int[] COLUMN_X = {220, 444, 668};

  private PlanSankey() {}

  /** A flow of the chart, between two of its nodes, maybe joined from several of the plan's flows. */
  record Link(String from, String to, int stage, Figure value) {}

  /** The flows as the chart draws them: small nodes joined, in column order. */
  static List<Link> links(List<Flow> flows) {
    Map<String, String> left = keep(flows, 0, true, "other workplaces");
    Map<String, String> middle = keepProducts(flows);
    Map<String, String> right = keep(flows, 1, false, "other neighbourhoods");
    Map<String, List<Flow>> joined = new LinkedHashMap<>();
    for (Flow flow : flows) {
      String from = flow.stage() == 0 ? left.get(flow.from()) : middle.get(flow.from());
      String to = flow.stage() == 0 ? middle.get(flow.to()) : right.get(flow.to());
      joined.computeIfAbsent(flow.stage() + "\u0000" + from + "\u0000" + to, k -> new ArrayList<>()).add(flow);
    }
    List<Link> links = new ArrayList<>();
    joined.forEach((key, group) -> {
      String[] parts = key.split("\u0000");
      links.add(new Link(parts[1], parts[2], Integer.parseInt(parts[0]), sum(group)));
    });
    return links;
  }

  /** The chart of the links. */
  static String svg(PlanHtml html, String id, String title, List<Link> links) {
    List<List<String>> columns = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    Map<String, Double> in = new HashMap<>();
    Map<String, Double> out = new HashMap<>();
    for (Link link : links) {
      add(columns.get(link.stage()), link.from());
      add(columns.get(link.stage() + 1), link.to());
      double v = Math.max(0, link.value().value());
      out.merge(link.stage() + link.from(), v, Double::sum);
      in.merge((link.stage() + 1) + link.to(), v, Double::sum);
    }
    order(columns, links, in);
    double largest = 1e-300;
    for (int c = 0; c < 3; c++) {
      double total = 0;
      for (String node : columns.get(c)) {
        total += size(c, node, in, out);
      }
      largest = Math.max(largest, total);
    }
    int most = columns.stream().mapToInt(List::size).max().orElse(1);
    double scale = (HEIGHT - 20 - GAP * (most - 1)) / largest;
    Map<String, double[]> place = new HashMap<>(); // column+node → {top, next out y, next in y}
    StringBuilder svg = new StringBuilder(String.format(Locale.ROOT, "<figure><svg viewBox=\"0 0 %d %d\" "
        + "width=\"%d\" role=\"group\" aria-labelledby=\"%s\"><title id=\"%s\">%s</title>", WIDTH, HEIGHT, WIDTH, id, id,
        PlanHtml.escape(title)));
    StringBuilder nodes = new StringBuilder();
    for (int c = 0; c < 3; c++) {
      double y = 10;
      for (String node : columns.get(c)) {
        double h = Math.max(1, size(c, node, in, out) * scale);
        place.put(c + node, new double[] {y, y, y});
        nodes.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%.1f\" width=\"%d\" height=\"%.1f\" class=\"node\"/>",
            COLUMN_X[c], y, NODE, h));
        double labelX = c == 0 ? COLUMN_X[c] - 6 : COLUMN_X[c] + NODE + 6;
        nodes.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" class=\"label halo\">%s</text>",
            labelX, y + h / 2 + 4, c == 0 ? "end" : "start", PlanHtml.escape(node)));
        y += h + GAP;
      }
    }
    links.stream().sorted(Comparator.comparingInt(Link::stage)
        .thenComparingInt(link -> columns.get(link.stage()).indexOf(link.from()))
        .thenComparingInt(link -> columns.get(link.stage() + 1).indexOf(link.to()))).forEach(link -> {
      double t = Math.max(0.5, Math.max(0, link.value().value()) * scale);
      double[] from = place.get(link.stage() + link.from());
      double[] to = place.get((link.stage() + 1) + link.to());
      double y0 = from[1] + t / 2;
      double y1 = to[2] + t / 2;
      from[1] += t;
      to[2] += t;
      double x0 = COLUMN_X[link.stage()] + NODE;
      double x1 = COLUMN_X[link.stage() + 1];
      double mid = (x0 + x1) / 2;
      Source primary = link.value().sources().getLast();
      svg.append("<a href=\"").append(PlanHtml.escape(html.href(primary))).append("\"><title>")
          .append(PlanHtml.escape(link.from() + " → " + link.to() + ": " + PlanHtml.format(link.value())
              + " hours (event " + primary.seq() + ")"))
          .append(String.format(Locale.ROOT, "</title><path d=\"M%.1f %.1fC%.1f %.1f %.1f %.1f %.1f %.1f\" "
              + "class=\"flow s%d\" stroke-width=\"%.1f\"/></a>", x0, y0, mid, y0, mid, y1, x1, y1, link.stage(), t));
    });
    svg.append(nodes).append("</svg><figcaption>").append(PlanHtml.escape(title))
        .append(" The width of a band is its value in hours at the plan's prices; the table below lists every"
            + " band with links to its events.</figcaption></figure>");
    return svg.toString();
  }

  // Fewer crossings: workplaces beside the product they make, users from the largest down,
  // joined nodes and the public and production sinks last.
  private static void order(List<List<String>> columns, List<Link> links, Map<String, Double> in) {
    List<String> products = columns.get(1);
    Map<String, Integer> made = new HashMap<>();
    links.stream().filter(link -> link.stage() == 0)
        .forEach(link -> made.putIfAbsent(link.from(), products.indexOf(link.to())));
    columns.get(0).sort(Comparator.comparing((String node) -> node.startsWith("other "))
        .thenComparing(node -> made.getOrDefault(node, 0)));
    columns.get(2).sort(Comparator.comparingInt(PlanSankey::sinkRank)
        .thenComparing(node -> -in.getOrDefault("2" + node, 0.0)));
  }

  private static int sinkRank(String node) {
    return node.equals(Flow.PRODUCTION) ? 3 : node.equals(Flow.PUBLIC) ? 2 : node.startsWith("other ") ? 1 : 0;
  }

  private static double size(int column, String node, Map<String, Double> in, Map<String, Double> out) {
    return Math.max(in.getOrDefault(column + node, 0.0), out.getOrDefault(column + node, 0.0));
  }

  private static void add(List<String> column, String node) {
    if (!column.contains(node)) {
      column.add(node);
    }
  }

  // Node → shown node for one side of one stage: the KEEP largest by value, the rest joined.
  private static Map<String, String> keep(List<Flow> flows, int stage, boolean from, String other) {
    Map<String, Double> value = new LinkedHashMap<>();
    for (Flow flow : flows) {
      if (flow.stage() == stage) {
        value.merge(from ? flow.from() : flow.to(), flow.value().value(), Double::sum);
      }
    }
    List<String> fixed = stage == 1 ? List.of(Flow.PUBLIC, Flow.PRODUCTION) : List.of();
    List<String> ranked = value.keySet().stream().filter(node -> !fixed.contains(node))
        .sorted(Comparator.comparingDouble((String node) -> -value.get(node))).toList();
    int kept = stage == 1 ? KEEP - 1 : KEEP;
    Map<String, String> shown = new HashMap<>();
    fixed.forEach(node -> shown.put(node, node));
    for (int i = 0; i < ranked.size(); i++) {
      boolean alone = ranked.size() == kept + 1;
      shown.put(ranked.get(i), i < kept || alone ? ranked.get(i) : other + " (" + (ranked.size() - kept) + ")");
    }
    return shown;
  }

  // Products are kept by the value made, or used where nothing is made.
  private static Map<String, String> keepProducts(List<Flow> flows) {
    Map<String, Double> made = new LinkedHashMap<>();
    for (Flow flow : flows) {
      String product = flow.stage() == 0 ? flow.to() : flow.from();
      made.merge(product, flow.stage() == 0 ? flow.value().value() : 0, Double::sum);
    }
    List<String> ranked = made.keySet().stream()
        .sorted(Comparator.comparingDouble((String p) -> -made.get(p))).toList();
    Map<String, String> shown = new HashMap<>();
    for (int i = 0; i < ranked.size(); i++) {
      boolean alone = ranked.size() == KEEP + 1;
      shown.put(ranked.get(i), i < KEEP || alone ? ranked.get(i) : "other products (" + (ranked.size() - KEEP) + ")");
    }
    return shown;
  }

  private static Figure sum(List<Flow> group) {
    if (group.size() == 1) {
      return group.getFirst().value();
    }
    double value = 0;
    TreeSet<Source> sources = new TreeSet<>(Comparator.comparingLong(Source::seq));
    for (Flow flow : group) {
      value += flow.value().value();
      sources.addAll(flow.value().sources());
    }
    Figure first = group.getFirst().value();
    return new Figure(first.section(), "", "", first.measure(), value, first.unit(), List.copyOf(sources));
  }
}
