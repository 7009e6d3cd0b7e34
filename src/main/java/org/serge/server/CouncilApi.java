package org.serge.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.serge.council.AdmitMember;
import org.serge.council.Council;
import org.serge.council.CouncilKind;
import org.serge.council.CreateCouncil;
import org.serge.council.LeaveCouncil;
import org.serge.council.Mandate;
import org.serge.council.Polity;
import org.serge.council.Rule;
import org.serge.council.Times;

/** Handlers of councils and members: thin, each a read of the polity or one core action. */
final class CouncilApi {
  private CouncilApi() {}

  static JsonNode councils(Call call) {
    return call.read(p -> {
      ObjectNode node = Json.MAPPER.createObjectNode();
      node.set("councils", Json.rows(p.councils.rows()));
      return node;
    });
  }

  static JsonNode council(Call call) {
    String id = call.existing("council", p -> p.councils);
    String now = Times.text(call.app().clock().instant());
    return call.read(p -> {
      Council council = p.council(id);
      ObjectNode node = Json.MAPPER.createObjectNode();
      node.set("council", Json.row(council));
      ArrayNode members = node.putArray("members");
      for (String m : p.membersAt(id, now)) {
        members.addObject().put("member", m).put("name", p.member(m).name())
            .put("since", p.membership(id, m).map(x -> x.since()).orElse(null));
      }
      node.set("delegates", Json.rows(delegates(p, council, now)));
      node.set("constitution", rules(p.constitution(id).rules()));
      node.set("federations", Json.rows(p.federationsAbove(id)));
      node.set("councils", Json.rows(p.memberCouncils(id)));
      return node;
    });
  }

  /**
   * The mandates in force that matter to a council: those it gave (its delegates), and for a
   * federation also those of its assembly.
   */
  static List<Mandate> delegates(Polity p, Council council, String now) {
    return p.mandates.rows().stream()
        .filter(m -> m.heldAt(now) && (m.council().equals(council.id()) || m.federation().equals(council.id())))
        .toList();
  }

  static ArrayNode rules(List<Rule> rules) {
    ArrayNode array = Json.MAPPER.createArrayNode();
    rules.forEach(r -> array.addObject().put("id", r.id()).put("text", r.text()));
    return array;
  }

  static JsonNode member(Call call) {
    String id = call.existing("member", p -> p.members);
    String now = Times.text(call.app().clock().instant());
    return call.read(p -> {
      ObjectNode node = Json.MAPPER.createObjectNode();
      node.set("member", Json.row(p.member(id)));
      node.set("memberships", Json.rows(p.membershipsOf(id)));
      node.set("mandates", Json.rows(p.mandatesOf(id, now)));
      return node;
    });
  }

  /** The signed-in member, their councils now and the federations those belong to. */
  static JsonNode me(Call call) {
    String member = call.actor().memberId();
    String now = Times.text(call.app().clock().instant());
    return call.read(p -> {
      ObjectNode node = Json.MAPPER.createObjectNode();
      node.set("member", Json.row(p.member(member)));
      List<Council> councils = p.membershipsOf(member).stream().filter(m -> m.current())
          .map(m -> p.council(m.council())).toList();
      node.set("councils", Json.rows(councils));
      node.set("federations", Json.rows(councils.stream().flatMap(c -> p.federationsAbove(c.id()).stream())
          .distinct().toList()));
      node.set("mandates", Json.rows(p.mandatesOf(member, now)));
      return node;
    });
  }

  static JsonNode create(Call call) {
    String kind = call.text("kind");
    return Json.events(call.submit(new CreateCouncil(call.required("council"), call.required("name"),
        CouncilKind.parse(kind == null ? "workplace" : kind), call.required("parent"), null)));
  }

  static JsonNode admit(Call call) {
    String council = call.existing("council", p -> p.councils);
    return Json.events(call.submit(new AdmitMember(council, call.required("member"))));
  }

  static JsonNode leave(Call call) {
    String council = call.existing("council", p -> p.councils);
    return Json.events(call.submit(new LeaveCouncil(council)));
  }

  static JsonNode invite(Call call) {
    String council = call.existing("council", p -> p.councils);
    String token = call.app().accounts().invite(call.actor(), council);
    ObjectNode node = Json.MAPPER.createObjectNode();
    node.put("council", council).put("link", "/join/" + token);
    return node;
  }
}
