package org.serge.cli.council;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.serge.cli.RecordOptions;
import org.serge.council.Action;
import org.serge.council.Polity;
import org.serge.council.deliberation.Amendment;
import org.serge.council.deliberation.Comment;
import org.serge.council.deliberation.Deliberation;
import org.serge.council.deliberation.Proposal;
import org.serge.council.deliberation.ProposalVersion;
import org.serge.council.deliberation.PublishedDecision;
import org.serge.council.deliberation.PutProposalToVote;
import org.serge.council.deliberation.ReviseProposal;
import org.serge.council.deliberation.Shown;
import org.serge.council.deliberation.WithdrawProposal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code serge proposal show|list|revise|withdraw|put-to-vote}: proposals after they are made. */
@Command(name = "proposal", mixinStandardHelpOptions = true,
    description = "Read proposals with their versions, amendments, debate and decisions; revise, withdraw or put one to the vote.",
    subcommands = {ProposalCommand.Show.class, ProposalCommand.ListProposals.class, ProposalCommand.Revise.class,
        ProposalCommand.Withdraw.class, ProposalCommand.PutToVote.class})
public final class ProposalCommand extends Group {
  /** A proposal: every version, amendments, comments and decisions with their minority reports. */
  @Command(name = "show", mixinStandardHelpOptions = true, description = "Show a proposal whole: nothing is left out, hidden content included with its reason.")
  static final class Show implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "PROPOSAL") String id;
    @Option(names = "--json") boolean json;
    @Mixin RecordOptions records;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      out.println(Submission.text(records, p -> json ? Submission.write(tree(p, id)) : text(p, id)));
      return 0;
    }

    static ObjectNode tree(Polity p, String id) {
      Shown<Proposal> proposal = Deliberation.shown(p, Deliberation.proposal(p, id));
      ObjectNode node = Views.json(proposal);
      node.set("versions", Views.json(Deliberation.versions(p, id)));
      ArrayNode amendments = node.putArray("amendments");
      Deliberation.amendments(p, id).forEach(a -> amendments.add(Views.json(a)));
      ArrayNode comments = node.putArray("comments");
      Deliberation.thread(p, id).forEach(c -> comments.add(Views.json(c)));
      ArrayNode decisions = node.putArray("decisions");
      Deliberation.decisionsOn(p, id).forEach(d -> decisions.add(Views.json(d)));
      return node;
    }

    static String text(Polity p, String id) {
      Proposal proposal = Deliberation.proposal(p, id);
      Shown<Proposal> shown = Deliberation.shown(p, proposal);
      ProposalVersion current = Deliberation.current(p, proposal);
      StringBuilder s = new StringBuilder();
      s.append(proposal.id()).append(" in ").append(proposal.council()).append(" (").append(proposal.kind())
          .append(", ").append(proposal.status()).append(") by ").append(proposal.author()).append('\n');
      s.append("v").append(current.version()).append(": ").append(Views.words(shown, current.title())).append('\n');
      s.append("  ").append(current.text().replace("\n", "\n  ")).append('\n');
      List<ProposalVersion> versions = Deliberation.versions(p, id);
      if (versions.size() > 1) {
        s.append("versions:\n");
        versions.forEach(v -> s.append("  v").append(v.version()).append(" ").append(v.source()).append(" by ")
            .append(v.author()).append(": ").append(v.title()).append('\n'));
      }
      List<Shown<Amendment>> amendments = Deliberation.amendments(p, id);
      if (!amendments.isEmpty()) {
        s.append("amendments:\n");
        amendments.forEach(a -> s.append("  ").append(a.content().id()).append(" (").append(a.content().status())
            .append(") by ").append(a.content().author()).append(": ").append(Views.words(a, a.content().title())).append('\n'));
      }
      List<Shown<Comment>> comments = Deliberation.thread(p, id);
      if (!comments.isEmpty()) {
        s.append("debate:\n");
        comments.forEach(c -> s.append("  ").append(c.content().id())
            .append(c.content().parent() == null ? "" : " ↳ " + c.content().parent()).append(" ")
            .append(c.content().author()).append(": ").append(Views.words(c, c.content().text())).append('\n'));
      }
      for (PublishedDecision d : Deliberation.decisionsOn(p, id)) {
        s.append(DecisionCommand.text(d));
      }
      return s.toString().stripTrailing();
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "List a council's proposals.")
  static final class ListProposals implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "COUNCIL") String council;
    @Option(names = "--json") boolean json;
    @Mixin RecordOptions records;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      List<Proposal> rows = Submission.read(records, p -> {
        p.council(council);
        return p.proposals.rows().stream().filter(r -> r.council().equals(council)).toList();
      });
      Views.list(out, json, rows, List.of("id", "kind", "status", "version", "author", "title"));
      return 0;
    }
  }

  @Command(name = "revise", mixinStandardHelpOptions = true, description = "Revise your open proposal: a new version, the old kept.")
  static final class Revise extends Submit {
    @Parameters(index = "0", paramLabel = "PROPOSAL") String id;
    @Option(names = "--title", required = true) String title;
    @Option(names = "--text", required = true, paramLabel = "TEXT|@FILE") String text;
    @Option(names = "--note", defaultValue = "", description = "Why it was revised.") String note;

    Action action() {
      return new ReviseProposal(id, title, Common.text(text, "--text"), note);
    }
  }

  @Command(name = "withdraw", mixinStandardHelpOptions = true, description = "Withdraw your proposal while it is open.")
  static final class Withdraw extends Submit {
    @Parameters(index = "0", paramLabel = "PROPOSAL") String id;

    Action action() {
      return new WithdrawProposal(id);
    }
  }

  @Command(name = "put-to-vote", mixinStandardHelpOptions = true,
      description = "Put your proposal to the vote (every amendment decided first): opens a motion under its kind.")
  static final class PutToVote extends Submit {
    @Parameters(index = "0", paramLabel = "PROPOSAL") String id;

    Action action() {
      return new PutProposalToVote(id);
    }
  }
}
