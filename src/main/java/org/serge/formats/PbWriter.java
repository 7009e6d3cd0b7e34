package org.serge.formats;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.serge.budgeting.Ballot;
import org.serge.budgeting.PbInstance;
import org.serge.budgeting.Project;

/**
 * Writes a {@link PbInstance} as a pabulib {@code .pb} file that {@link PbReader} reads
 * back to an equal instance (META pairs, projects with cost/category/selected, votes with
 * points where the vote type has them, voter attributes as extra columns).
 */
public final class PbWriter {
  private PbWriter() {}

  /** Writes {@code instance} to {@code out} (not closed). */
  public static void write(PbInstance instance, Writer out) throws IOException {
    out.write("META\nkey;value\n");
    var meta = new java.util.LinkedHashMap<>(instance.meta());
    meta.put("num_projects", Integer.toString(instance.projects().size()));
    meta.put("num_votes", Integer.toString(instance.ballots().size()));
    meta.put("budget", Long.toString(instance.budget()));
    meta.put("vote_type", instance.voteType());
    for (var entry : meta.entrySet()) {
      out.write(field(entry.getKey()) + ";" + field(entry.getValue()) + "\n");
    }
    out.write("PROJECTS\nproject_id;cost;category;selected\n");
    for (Project p : instance.projects()) {
      out.write(field(p.id()) + ";" + p.cost() + ";" + field(String.join(",", p.categories())) + ";"
          + (p.selected() == null ? "" : p.selected() ? "1" : "0") + "\n");
    }
    Set<String> attributes = new LinkedHashSet<>();
    instance.ballots().forEach(b -> attributes.addAll(b.attributes().keySet()));
    boolean points = !instance.voteType().equals("approval") && !instance.voteType().equals("ordinal");
    out.write("VOTES\nvoter_id;vote" + (points ? ";points" : "") + (attributes.isEmpty() ? "" : ";" + String.join(";", attributes)) + "\n");
    for (Ballot b : instance.ballots()) {
      List<String> ids = new ArrayList<>();
      for (int p : b.projects()) {
        ids.add(instance.projects().get(p).id());
      }
      StringBuilder line = new StringBuilder(field(b.voterId())).append(';').append(field(String.join(",", ids)));
      if (points) {
        line.append(';').append(field(String.join(",", Arrays.stream(b.points()).mapToObj(Long::toString).toList())));
      }
      for (String a : attributes) {
        line.append(';').append(field(b.attributes().getOrDefault(a, "")));
      }
      out.write(line.append('\n').toString());
    }
  }

  /** Quotes a field when it holds the separator, a quote or a line break (RFC 4180 style). */
  private static String field(String text) {
    if (text.indexOf(';') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf(',') < 0) {
      return text;
    }
    return '"' + text.replace("\"", "\"\"") + '"';
  }
}
