package org.serge.council.deliberation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.serge.InvalidInputException;
import org.serge.council.Polity;
import org.serge.council.Row;
import org.serge.council.Table;

/**
 * Queries of deliberation over the polity's tables: what the CLI and the web pages show. A
 * decision comes only with its minority reports ({@link #decision}); content comes with its
 * hiding ({@link #show}). Lookups of an unknown id are bad input naming it.
 *
 * <p>Lists are found by scanning the tables: fine for the in-memory core; a store answers the
 * same questions with indexed SQL.
 */
public final class Deliberation {
  private Deliberation() {}

  public static Proposal proposal(Polity polity, String id) {
    return find(polity.proposals, "proposal", id);
  }

  public static Amendment amendment(Polity polity, String id) {
    return find(polity.amendments, "amendment", id);
  }

  public static Comment comment(Polity polity, String id) {
    return find(polity.comments, "comment", id);
  }

  public static MinorityReport report(Polity polity, String id) {
    return find(polity.minorityReports, "minority report", id);
  }

  public static Hiding hiding(Polity polity, String id) {
    return find(polity.hidings, "hiding", id);
  }

  /** The decision with its minority reports, as every query shows a decision. */
  public static PublishedDecision decision(Polity polity, String id) {
    return published(polity, recorded(polity, id));
  }

  /** A council's decisions, oldest first, each with its minority reports. */
  public static List<PublishedDecision> decisions(Polity polity, String councilId) {
    return polity.decisions.rows().stream().filter(d -> d.council().equals(councilId))
        .map(d -> published(polity, d)).toList();
  }

  /** The decisions on a proposal and on its amendments, oldest first, each with its minority reports. */
  public static List<PublishedDecision> decisionsOn(Polity polity, String proposalId) {
    return polity.decisions.rows().stream().filter(d -> proposalId.equals(d.proposal()))
        .map(d -> published(polity, d)).toList();
  }

  /** Any content by id ({@code p-}, {@code a-}, {@code c-} or {@code r-}); bad input when there is none. */
  public static Content content(Polity polity, String id) {
    String prefix = id == null || id.length() < 2 ? "" : id.substring(0, 2);
    return switch (prefix) {
      case "p-" -> proposal(polity, id);
      case "a-" -> amendment(polity, id);
      case "c-" -> comment(polity, id);
      case "r-" -> report(polity, id);
      default -> throw new InvalidInputException(null, 0, "content",
          "'" + id + "' is not a proposal (p-), amendment (a-), comment (c-) or minority report (r-)");
    };
  }

  /** Content with its hiding, if any. */
  public static Shown<Content> show(Polity polity, String id) {
    return shown(polity, content(polity, id));
  }

  /** This content with its hiding, if any. */
  public static <T extends Content> Shown<T> shown(Polity polity, T content) {
    return new Shown<>(content, content.hiding() == null ? null : hiding(polity, content.hiding()));
  }

  /** Every version of a proposal, first to current. */
  public static List<ProposalVersion> versions(Polity polity, String proposalId) {
    Proposal p = proposal(polity, proposalId);
    List<ProposalVersion> result = new ArrayList<>();
    for (long v = 1; v <= p.version(); v++) {
      result.add(polity.proposalVersions.find(ProposalVersion.id(proposalId, v)).orElseThrow());
    }
    return result;
  }

  /** The current version of a proposal. */
  public static ProposalVersion current(Polity polity, Proposal proposal) {
    return polity.proposalVersions.find(ProposalVersion.id(proposal.id(), proposal.version())).orElseThrow();
  }

  /** Every amendment to a proposal, whatever became of it, in the order made, with its hiding. */
  public static List<Shown<Amendment>> amendments(Polity polity, String proposalId) {
    return polity.amendments.rows().stream().filter(a -> a.proposal().equals(proposalId))
        .map(a -> shown(polity, a)).toList();
  }

  /**
   * The debate on a proposal, an amendment or a decision: every comment on it, hidden ones
   * with their hiding, in thread order (each comment followed by its replies, oldest first).
   */
  public static List<Shown<Comment>> thread(Polity polity, String subjectId) {
    Map<String, List<Comment>> byParent = new HashMap<>(); // rows come in seq order, so each list is oldest first
    polity.comments.rows().stream().filter(c -> c.subject().equals(subjectId))
        .forEach(c -> byParent.computeIfAbsent(c.parent(), k -> new ArrayList<>()).add(c));
    List<Shown<Comment>> ordered = new ArrayList<>();
    addReplies(polity, byParent, null, ordered);
    return ordered;
  }

  /** The members who signed a minority report, its author first. */
  public static List<ReportSignature> signatures(Polity polity, String reportId) {
    return polity.reportSignatures.rows().stream().filter(s -> s.report().equals(reportId)).toList();
  }

  /** Every hiding of a piece of content, current or ended, oldest first. */
  public static List<Hiding> hidings(Polity polity, String contentId) {
    return polity.hidings.rows().stream().filter(h -> h.content().equals(contentId)).toList();
  }

  // ---- for the actions and facts of this package

  static Decision recorded(Polity polity, String id) {
    return find(polity.decisions, "decision", id);
  }

  /** Writes changed content back to its table. */
  static void put(Polity polity, Content content) {
    switch (content) {
      case Proposal p -> polity.proposals.put(p);
      case Amendment a -> polity.amendments.put(a);
      case Comment c -> polity.comments.put(c);
      case MinorityReport r -> polity.minorityReports.put(r);
    }
  }

  /** The amendment to this proposal now under vote, if any. */
  static Amendment amendmentUnderVote(Polity polity, String proposalId) {
    return polity.amendments.rows().stream()
        .filter(a -> a.proposal().equals(proposalId) && a.status().equals("voting")).findFirst().orElse(null);
  }

  private static PublishedDecision published(Polity polity, Decision decision) {
    List<Shown<MinorityReport>> reports = polity.minorityReports.rows().stream()
        .filter(r -> r.decision().equals(decision.id())).map(r -> shown(polity, r)).toList();
    return new PublishedDecision(decision, reports);
  }

  private static void addReplies(
      Polity polity, Map<String, List<Comment>> byParent, String parent, List<Shown<Comment>> out) {
    for (Comment c : byParent.getOrDefault(parent, List.of())) {
      out.add(shown(polity, c));
      addReplies(polity, byParent, c.id(), out);
    }
  }

  private static <T extends Row> T find(Table<T> table, String what, String id) {
    return table.find(id).orElseThrow(() -> new InvalidInputException(null, 0, what.replace(' ', '-'),
        "no " + what + " '" + id + "'"));
  }
}
