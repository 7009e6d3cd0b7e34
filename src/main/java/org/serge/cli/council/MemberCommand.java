package org.serge.cli.council;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.serge.InvalidInputException;
import org.serge.cli.RecordOptions;
import org.serge.council.Action;
import org.serge.council.AdmitMember;
import org.serge.council.LeaveCouncil;
import org.serge.council.Member;
import org.serge.council.Membership;
import org.serge.council.RegisterKey;
import org.serge.council.RegisterMember;
import org.serge.council.Times;
import org.serge.record.SigningKey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code serge member register|admit|leave|key|list|show}: people and their memberships. */
@Command(name = "member", mixinStandardHelpOptions = true,
    description = "Register people, admit them to councils, leave a council, register a member's own signing key, list members.",
    subcommands = {MemberCommand.Register.class, MemberCommand.Admit.class, MemberCommand.Leave.class,
        MemberCommand.Key.class, MemberCommand.ListMembers.class, MemberCommand.Show.class})
public final class MemberCommand extends Group {
  @Command(name = "register", mixinStandardHelpOptions = true, description = "Register a person (an id for ever, and a name).")
  static final class Register extends Submit {
    @Parameters(index = "0", paramLabel = "ID") String id;
    @Option(names = "--name", required = true) String name;

    Action action() {
      return new RegisterMember(id, name);
    }
  }

  @Command(name = "admit", mixinStandardHelpOptions = true, description = "Admit a registered person to your council.")
  static final class Admit extends Submit {
    @Parameters(index = "0", paramLabel = "COUNCIL") String council;
    @Parameters(index = "1", paramLabel = "MEMBER") String member;

    Action action() {
      return new AdmitMember(council, member);
    }
  }

  @Command(name = "leave", mixinStandardHelpOptions = true, description = "Leave a council (the membership ends; it is never erased).")
  static final class Leave extends Submit {
    @Parameters(index = "0", paramLabel = "COUNCIL") String council;

    Action action() {
      return new LeaveCouncil(council);
    }
  }

  /** Writes a new key to a file (owner-only) and registers its public half to the member. */
  @Command(name = "key", mixinStandardHelpOptions = true,
      description = {"Make a signing key for the member named by --as, write it to --out (readable by you alone), and",
          "register its public key; later commands given --member-key FILE are then signed by the member."})
  static final class Key extends Submit {
    @Option(names = "--out", required = true, paramLabel = "FILE") Path out;
    private SigningKey key;

    @Override
    public Integer call() {
      if (Files.exists(out)) {
        throw new InvalidInputException(out.toString(), 0, "--out", "exists already: a key file is never overwritten");
      }
      key = SigningKey.generate();
      try {
        Files.writeString(Files.createFile(out, PosixFilePermissions.asFileAttribute(
            PosixFilePermissions.fromString("rw-------"))), key.toText() + "\n");
      } catch (IOException e) {
        throw new InvalidInputException(out.toString(), 0, "--out", "cannot write the key: " + e.getMessage());
      }
      try {
        return super.call();
      } catch (RuntimeException refusedOrFailed) {
        try {
          Files.deleteIfExists(out); // a key that was never registered is of no use
        } catch (IOException e) {
          refusedOrFailed.addSuppressed(e);
        }
        throw refusedOrFailed;
      }
    }

    Action action() {
      return new RegisterKey(key.verifyingKey());
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "List registered people, or a council's current members (--council).")
  static final class ListMembers implements Callable<Integer> {
    @Option(names = "--council", paramLabel = "COUNCIL") String council;
    @Option(names = "--json") boolean json;
    @Mixin RecordOptions records;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      String now = Times.text(Instant.now());
      List<Member> members = Submission.read(records, p -> council == null ? List.copyOf(p.members.rows())
          : p.membersAt(p.council(council).id(), now).stream().map(p::member).toList());
      Views.list(out, json, members, List.of("id", "name", "registered"));
      return 0;
    }
  }

  @Command(name = "show", mixinStandardHelpOptions = true, description = "Show a person's memberships and mandates, past and present.")
  static final class Show implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "MEMBER") String id;
    @Option(names = "--json") boolean json;
    @Mixin RecordOptions records;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      out.println(Submission.text(records, p -> {
        Member member = p.member(id);
        List<Membership> memberships = p.membershipsOf(id);
        var mandates = p.mandates.rows().stream().filter(m -> m.member().equals(id)).toList();
        if (json) {
          var node = Views.json(member);
          node.set("memberships", Views.json(memberships));
          node.set("mandates", Views.json(mandates));
          return Submission.write(node);
        }
        var text = new java.io.StringWriter();
        var w = new PrintWriter(text);
        w.println(member.name() + " (" + member.id() + ")");
        w.println("memberships:");
        Views.table(w, memberships, List.of("council", "since", "until"));
        w.println("mandates:");
        Views.table(w, mandates, List.of("council", "federation", "start", "term_end", "ended", "end_reason"));
        w.flush();
        return text.toString().stripTrailing();
      }));
      return 0;
    }
  }
}
