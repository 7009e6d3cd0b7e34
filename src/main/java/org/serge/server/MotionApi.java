package org.serge.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.serge.council.Polity;
import org.serge.council.motion.CastVote;
import org.serge.council.motion.Choice;
import org.serge.council.motion.CloseMotion;
import org.serge.council.motion.OpenMotion;

/** Handlers of motions: open, named votes. */
final class MotionApi {
  private MotionApi() {}

  static JsonNode motions(Call call) {
    String council = call.existing("council", p -> p.councils);
    return call.read(p -> {
      ObjectNode node = Json.MAPPER.createObjectNode();
      node.set("motions", Json.rows(p.motions.rows().stream().filter(m -> m.council().equals(council)).toList()));
      return node;
    });
  }

  static JsonNode motion(Call call) {
    String id = call.existing("motion", p -> p.motions);
    return call.read(p -> motion(p, id));
  }

  /** A motion with its named votes. */
  static ObjectNode motion(Polity p, String id) {
    ObjectNode node = Json.row(p.motion(id));
    node.set("votes", Json.rows(p.votesOn(id)));
    return node;
  }

  static JsonNode open(Call call) {
    String council = call.existing("council", p -> p.councils);
    String kind = call.text("kind");
    return Json.events(call.submit(OpenMotion.resolution(council, kind == null ? "ordinary" : kind,
        call.required("title"), call.text("text"))));
  }

  static JsonNode vote(Call call) {
    String motion = call.existing("motion", p -> p.motions);
    return Json.events(call.submit(new CastVote(motion, Choice.parse(call.required("choice")))));
  }

  static JsonNode close(Call call) {
    return Json.events(call.submit(new CloseMotion(call.existing("motion", p -> p.motions))));
  }
}
