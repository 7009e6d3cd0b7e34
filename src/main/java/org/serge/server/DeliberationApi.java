package org.serge.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.serge.council.Polity;
import org.serge.council.deliberation.AcceptAmendment;
import org.serge.council.deliberation.AddComment;
import org.serge.council.deliberation.AppealHiding;
import org.serge.council.deliberation.Deliberation;
import org.serge.council.deliberation.ElectModerator;
import org.serge.council.deliberation.HideContent;
import org.serge.council.deliberation.Proposal;
import org.serge.council.deliberation.ProposeAmendment;
import org.serge.council.deliberation.Propose;
import org.serge.council.deliberation.PublishedDecision;
import org.serge.council.deliberation.PutAmendmentToVote;
import org.serge.council.deliberation.PutProposalToVote;
import org.serge.council.deliberation.ReviseProposal;
import org.serge.council.deliberation.SignMinorityReport;
import org.serge.council.deliberation.WithdrawAmendment;
import org.serge.council.deliberation.WithdrawProposal;
import org.serge.council.deliberation.WriteMinorityReport;

/**
 * Handlers of deliberation: proposals, amendments, debate, decisions with their minority
 * reports, and moderation. Each read goes through the core's {@link Deliberation} queries
 * (content with its hiding, a decision with its reports); each change is one core action.
 */
final class DeliberationApi {
  private DeliberationApi() {}

  static final int PAGE = 50;

  /** A page of a council's proposals, newest first; kept until the record changes. */
  static JsonNode proposals(Call call) {
    String council = call.existing("council", p -> p.councils);
    long offset = call.query("offset", 0, 0, Integer.MAX_VALUE);
    long limit = call.query("limit", PAGE, 1, 500);
    return call.read(p -> call.app().cache().get("proposals/" + council + "/" + offset + "/" + limit, p.seq(), () -> {
      List<Proposal> all = p.proposals.rows().stream().filter(x -> x.council().equals(council)).toList();
      ObjectNode node = Json.MAPPER.createObjectNode();
      ArrayNode page = node.putArray("proposals");
      for (long i = all.size() - 1 - offset; i >= 0 && i >= all.size() - offset - limit; i--) {
        page.add(Json.shown(Deliberation.shown(p, all.get((int) i))));
      }
      node.put("total", all.size());
      return node;
    }));
  }

  /** A proposal with everything about it: versions, amendments, debate, its motion and decisions. */
  static JsonNode proposal(Call call) {
    String id = call.existing("proposal", p -> p.proposals);
    return call.read(p -> {
      Proposal proposal = Deliberation.proposal(p, id);
      ObjectNode node = Json.MAPPER.createObjectNode();
      node.set("proposal", Json.shown(Deliberation.shown(p, proposal)));
      node.set("versions", Json.rows(Deliberation.versions(p, id)));
      node.set("comments", Json.shown(Deliberation.thread(p, id)));
      ArrayNode amendments = node.putArray("amendments");
      for (var a : Deliberation.amendments(p, id)) {
        ObjectNode amendment = Json.shown(a);
        amendment.set("comments", Json.shown(Deliberation.thread(p, a.content().id())));
        amendments.add(amendment);
      }
      ArrayNode decisions = node.putArray("decisions");
      Deliberation.decisionsOn(p, id).forEach(d -> decisions.add(decision(p, d)));
      node.set("motion", proposal.motion() == null ? Json.MAPPER.nullNode() : MotionApi.motion(p, proposal.motion()));
      return node;
    });
  }

  static JsonNode decision(Call call) {
    String id = call.existing("decision", p -> p.decisions);
    return call.read(p -> decision(p, p.decision(id)));
  }

  /** A decision with its minority reports (each with its signatures) and the debate on it. */
  static ObjectNode decision(Polity p, PublishedDecision published) {
    ObjectNode node = Json.decision(published);
    for (JsonNode report : node.get("minority_reports")) {
      ((ObjectNode) report).set("signed_by", Json.MAPPER.valueToTree(
          Deliberation.signatures(p, report.get("id").asText()).stream().map(s -> s.member()).toList()));
    }
    node.set("comments", Json.shown(Deliberation.thread(p, published.decision().id())));
    return node;
  }

  static JsonNode propose(Call call) {
    String council = call.existing("council", p -> p.councils);
    String kind = call.text("kind");
    return Json.events(call.submit(new Propose(council, kind == null ? "ordinary" : kind, call.required("title"),
        call.required("text"))));
  }

  static JsonNode revise(Call call) {
    String id = call.existing("proposal", p -> p.proposals);
    return Json.events(call.submit(new ReviseProposal(id, call.required("title"), call.required("text"),
        call.text("note"))));
  }

  static JsonNode withdraw(Call call) {
    return Json.events(call.submit(new WithdrawProposal(call.existing("proposal", p -> p.proposals))));
  }

  static JsonNode putToVote(Call call) {
    return Json.events(call.submit(new PutProposalToVote(call.existing("proposal", p -> p.proposals))));
  }

  static JsonNode amend(Call call) {
    String id = call.existing("proposal", p -> p.proposals);
    return Json.events(call.submit(new ProposeAmendment(id, call.required("title"), call.required("text"),
        call.text("reason"))));
  }

  static JsonNode accept(Call call) {
    return Json.events(call.submit(new AcceptAmendment(call.existing("amendment", p -> p.amendments))));
  }

  static JsonNode putAmendmentToVote(Call call) {
    return Json.events(call.submit(new PutAmendmentToVote(call.existing("amendment", p -> p.amendments))));
  }

  static JsonNode withdrawAmendment(Call call) {
    return Json.events(call.submit(new WithdrawAmendment(call.existing("amendment", p -> p.amendments))));
  }

  static JsonNode comment(Call call) {
    return Json.events(call.submit(new AddComment(call.required("on"), call.required("text"))));
  }

  static JsonNode writeReport(Call call) {
    String decision = call.existing("decision", p -> p.decisions);
    return Json.events(call.submit(new WriteMinorityReport(decision, call.required("title"), call.required("text"))));
  }

  static JsonNode signReport(Call call) {
    return Json.events(call.submit(new SignMinorityReport(call.existing("report", p -> p.minorityReports))));
  }

  static JsonNode hide(Call call) {
    String content = call.ctx().pathParam("content");
    boolean exists = call.read(p -> p.proposals.contains(content) || p.amendments.contains(content)
        || p.comments.contains(content) || p.minorityReports.contains(content));
    if (!exists) {
      throw ApiError.notFound("content", content);
    }
    return Json.events(call.submit(new HideContent(content, call.text("reason"))));
  }

  static JsonNode appeal(Call call) {
    String hiding = call.existing("hiding", p -> p.hidings);
    return Json.events(call.submit(new AppealHiding(hiding, call.required("grounds"))));
  }

  static JsonNode electModerator(Call call) {
    String council = call.existing("council", p -> p.councils);
    return Json.events(call.submit(new ElectModerator(council, call.required("member"), call.text("statement"))));
  }
}
