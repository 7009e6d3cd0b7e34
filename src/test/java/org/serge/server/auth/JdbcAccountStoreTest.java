package org.serge.server.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** The JDBC store on H2 with the tables of V7__accounts.sql, and the memory store: the same behaviour. */
class JdbcAccountStoreTest {
  @Test
  void bothStoresKeepAccountsAndSingleUseInvitations() throws Exception {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:accounts-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
    try (Connection c = h2.getConnection(); Statement s = c.createStatement();
        InputStream sql = getClass().getResourceAsStream("/db/migration/V7__accounts.sql")) {
      String text = new String(sql.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)^--.*$", "");
      for (String statement : text.split(";")) {
        if (!statement.isBlank()) {
          s.execute(statement);
        }
      }
    }
    for (AccountStore store : List.of(new JdbcAccountStore(h2), new MemoryAccountStore())) {
      Account ana = new Account("ana", "ana@example.org", "ana", Passwords.hash("correct horse battery"),
          "2026-11-25T10:00:00.000Z");
      assertTrue(store.add(ana));
      assertFalse(store.add(new Account("ana", "", "other", "h", "t")), "a login is taken once");
      assertFalse(store.add(new Account("ana2", "", "ana", "h", "t")), "a member has one account");
      assertEquals(ana, store.account("ana").orElseThrow());
      assertEquals(ana, store.accountOf("ana").orElseThrow());
      assertTrue(store.account("nobody").isEmpty());
      Invitation i = new Invitation(Tokens.sha256("token"), "rail", "ana", "2026-11-25T10:00:00.000Z",
          "2026-12-09T10:00:00.000Z", null);
      store.add(i);
      assertTrue(store.invitation(i.tokenHash()).orElseThrow().usable("2026-11-26T10:00:00.000Z"));
      assertTrue(store.use(i.tokenHash(), "ivy"));
      assertFalse(store.use(i.tokenHash(), "jon"), "single use");
      assertEquals("ivy", store.invitation(i.tokenHash()).orElseThrow().usedBy());
    }
  }
}
