package org.serge.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.serge.council.Actor;
import org.serge.council.AdmitMember;
import org.serge.council.CouncilKind;
import org.serge.council.CreateCouncil;
import org.serge.council.FoundFederation;
import org.serge.council.PublicRecord;
import org.serge.council.RegisterMember;
import org.serge.council.constitution.ConstitutionJson;
import org.serge.server.auth.Accounts;

/**
 * A small federation to try the web application on ({@code serge serve --demo}): federation
 * {@code demo}, the rail workers' council of ana, bob, cai, dan and eve, the dock workers' council
 * of gus and hal, each with an account whose password is {@link #PASSWORD}. Everything is done
 * through the core's actions, as people would.
 */
public final class DemoInstance {
  public static final String PASSWORD = "serge-demo-password";
  static final List<String> RAIL = List.of("ana", "bob", "cai", "dan", "eve");
  static final List<String> DOCKS = List.of("gus", "hal");
  /** Majority decisions on a 1/2 quorum; plans need 2/3; minority reports need 3 signatures; elected moderators. */
  static final String CONSTITUTION = """
      {"serge-constitution":1,"name":"Demo Federation",
       "decisions":{"ordinary":{"quorum":"1/2","threshold":"majority","period":"P7D"},
                    "plan":{"quorum":"1/2","threshold":"2/3","period":"P14D"},
                    "appeal":{"quorum":"1/2","threshold":"majority","period":"P3D"},
                    "election":{"quorum":"1/2","threshold":"majority","period":"P7D"},
                    "constitutional":{"quorum":"2/3","threshold":"2/3","period":"P14D"}},
       "minority-reports":{"members":3},
       "moderation":{"moderators":"elected"},
       "overridable":["moderation.moderators"]}""";

  private DemoInstance() {}

  /** Seeds an empty record (only opened) and makes the accounts. */
  public static void seed(PublicRecord record, Accounts accounts) {
    JsonNode constitution;
    try {
      constitution = Json.MAPPER.readTree(CONSTITUTION);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    record.submit(Actor.instance(), new FoundFederation("demo", "Demo Federation",
        ConstitutionJson.read(constitution, ConstitutionJson.Locator.NONE, "demo constitution")));
    for (String m : concat()) {
      record.submit(Actor.instance(), new RegisterMember(m, Character.toUpperCase(m.charAt(0)) + m.substring(1)));
    }
    found(record, "rail", "Rail workers", RAIL);
    found(record, "docks", "Dock workers", DOCKS);
    for (String m : concat()) {
      accounts.create(m, m, "", PASSWORD);
    }
  }

  private static void found(PublicRecord record, String id, String name, List<String> members) {
    record.submit(Actor.member(members.getFirst()), new CreateCouncil(id, name, CouncilKind.WORKPLACE, "demo", null));
    for (String m : members.subList(1, members.size())) {
      record.submit(Actor.member(members.getFirst()), new AdmitMember(id, m));
    }
  }

  private static List<String> concat() {
    return java.util.stream.Stream.concat(RAIL.stream(), DOCKS.stream()).toList();
  }
}
