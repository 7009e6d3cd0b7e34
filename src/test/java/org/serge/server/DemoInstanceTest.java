package org.serge.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.serge.cli.SergeCommand;
import org.serge.council.MemoryRecord;
import org.serge.record.SigningKey;
import org.serge.server.auth.MemoryAccountStore;

class DemoInstanceTest {
  @Test
  void theDemoFederationHasItsCouncilsAndAccounts() {
    MemoryRecord record = MemoryRecord.open("demo", SigningKey.generate(), Clock.systemUTC());
    WebApp app = WebApp.of(record, new MemoryAccountStore(), Clock.systemUTC(), false);
    DemoInstance.seed(record, app.accounts());
    assertEquals(5, (int) record.read(p -> p.membersAt("rail", org.serge.council.Times.text(Clock.systemUTC().instant())).size()));
    assertEquals("gus", app.accounts().signIn("gus", DemoInstance.PASSWORD, "127.0.0.1").member());
  }

  @Test
  void serveIsACommand() {
    assertEquals(0, SergeCommand.commandLine(new java.io.PrintWriter(java.io.Writer.nullWriter()),
        new java.io.PrintWriter(java.io.Writer.nullWriter())).execute("serve", "--help"));
    assertTrue(SergeCommand.commandLine(new java.io.PrintWriter(java.io.Writer.nullWriter()),
        new java.io.PrintWriter(java.io.Writer.nullWriter())).getSubcommands().containsKey("serve"));
  }
}
