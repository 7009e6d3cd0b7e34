package org.serge.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.serge.InvalidInputException;
import org.serge.council.PublicRecord;
import org.serge.server.auth.Accounts;
import org.serge.server.auth.JdbcAccountStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code serge account create LOGIN --member M}: a web sign-in for a registered member, so that
 * the first members of a new record can sign in (later ones join by invitation). The password
 * is read from a file or standard input, never from the command line, and stored as an
 * Argon2id hash beside the record, never in it.
 */
@Command(name = "account", mixinStandardHelpOptions = true,
    description = "Web accounts: create a sign-in for a registered member (others join by invitation links).",
    subcommands = AccountCommand.Create.class)
final class AccountCommand implements Runnable {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(name = "create", mixinStandardHelpOptions = true,
      description = "Create a sign-in LOGIN for MEMBER; the password comes from --password-file or standard input.")
  static final class Create implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "LOGIN") String login;
    @Option(names = "--member", required = true, paramLabel = "MEMBER") String member;
    @Option(names = "--email", paramLabel = "EMAIL") String email;
    @Option(names = "--password-file", paramLabel = "FILE") Path passwordFile;
    @Mixin RecordOptions records;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
      String password = passwordFile != null ? Files.readString(passwordFile).strip()
          : new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
      if (password == null || password.isBlank()) {
        throw new InvalidInputException(passwordFile == null ? "standard input" : passwordFile.toString(), 1,
            "password", "no password given");
      }
      try (PublicRecord record = records.open()) {
        var database = records.database();
        new Accounts(new JdbcAccountStore(database::connect), record, Clock.systemUTC()).create(login, member, email, password);
      }
      spec.commandLine().getOut().println("account " + login + " created for member " + member);
      return 0;
    }
  }
}
