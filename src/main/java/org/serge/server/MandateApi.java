package org.serge.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringReader;
import java.util.function.Function;
import org.serge.InvalidInputException;
import org.serge.council.Polity;
import org.serge.council.Row;
import org.serge.council.Table;
import org.serge.council.constitution.AmendConstitution;
import org.serge.council.constitution.Ratify;
import org.serge.council.constitution.SetOwnRules;
import org.serge.council.mandate.ElectDelegate;
import org.serge.council.mandate.MoveRecall;
import org.serge.council.mandate.PetitionRecall;
import org.serge.council.mandate.Resign;
import org.serge.council.mandate.SignRecall;
import org.serge.formats.ConstitutionFile;

/**
 * Handlers of delegates' mandates, recall and the constitution: each submits the one core action
 * the CLI's {@code serge delegate}, {@code serge recall} and {@code serge constitution} submit
 * ({@code ElectDelegate}, {@code Resign}, {@code PetitionRecall}, {@code SignRecall},
 * {@code MoveRecall}, {@code AmendConstitution}, {@code Ratify}, {@code SetOwnRules}); the core
 * decides who may, by the constitution.
 */
final class MandateApi {
  private MandateApi() {}

  static JsonNode electDelegate(Call call) {
    return Json.events(call.submit(new ElectDelegate(call.existing("council", p -> p.councils), call.required("member"),
        optional(call, "statement"))));
  }

  static JsonNode resign(Call call) {
    return Json.events(call.submit(new Resign(named(call, "mandate", p -> p.mandates))));
  }

  static JsonNode petitionRecall(Call call) {
    return Json.events(call.submit(new PetitionRecall(named(call, "mandate", p -> p.mandates),
        call.required("grounds"))));
  }

  static JsonNode signRecall(Call call) {
    return Json.events(call.submit(new SignRecall(call.existing("petition", p -> p.recallPetitions))));
  }

  static JsonNode moveRecall(Call call) {
    return Json.events(call.submit(new MoveRecall(named(call, "mandate", p -> p.mandates),
        call.required("grounds"))));
  }

  /** The whole new constitution as a JSON object, read by the same reader as the CLI's YAML file. */
  static JsonNode amendConstitution(Call call) {
    ObjectNode constitution = object(call, "constitution");
    return Json.events(call.submit(new AmendConstitution(call.existing("council", p -> p.councils), call.required("title"),
        ConstitutionFile.read(new StringReader(constitution.toString()), "constitution"))));
  }

  static JsonNode ratify(Call call) {
    return Json.events(call.submit(new Ratify(call.existing("council", p -> p.councils),
        named(call, "amendment", p -> p.constitutionAmendments), optional(call, "statement"))));
  }

  static JsonNode setOwnRules(Call call) {
    return Json.events(call.submit(new SetOwnRules(call.existing("council", p -> p.councils), call.required("title"),
        object(call, "rules"))));
  }

  /** A body field naming a row of {@code table}, 404 when there is none (mandate ids hold slashes). */
  private static String named(Call call, String field, Function<Polity, Table<? extends Row>> table) {
    String id = call.required(field);
    if (!call.read(p -> table.apply(p).contains(id))) {
      throw ApiError.notFound(field, id);
    }
    return id;
  }

  private static String optional(Call call, String field) {
    String text = call.text(field);
    return text == null ? "" : text;
  }

  private static ObjectNode object(Call call, String field) {
    if (!(call.body().get(field) instanceof ObjectNode node)) {
      throw new InvalidInputException(null, 0, field, "must be a JSON object");
    }
    return node;
  }
}
