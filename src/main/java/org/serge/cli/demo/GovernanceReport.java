package org.serge.cli.demo;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.List;
import org.serge.council.Mandate;
import org.serge.council.deliberation.Decision;
import org.serge.council.deliberation.MinorityReport;
import org.serge.council.deliberation.Shown;
import org.serge.store.StoreReport;

/** The governing part of the demo report: who was delegated, what was refused and why, the decision and its dissent, the verify. */
final class GovernanceReport {
  private GovernanceReport() {}

  /**
   * What the demo did with the federation's councils: on the record, the plan they made by
   * the cycle (with the budget's projects as public demand), and what {@code verify} said of
   * the whole record afterwards.
   */
  record Outcome(GovernanceDemo.Result result, UkPlanning.Result planning, PlanningOnRecord.Outcome planned,
      List<java.nio.file.Path> planFiles, StoreReport verified, String database) {}

  static ObjectNode json(Outcome o) {
    GovernanceDemo.Result r = o.result();
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("database", o.database()).put("federation", r.federation()).put("regions", r.regions())
        .put("councils", r.councils()).put("members", r.members()).put("events", r.events());
    ArrayNode delegates = node.putArray("delegates");
    for (Mandate m : r.delegates()) {
      delegates.addObject().put("member", m.member()).put("council", m.council()).put("federation", m.federation())
          .put("until", m.termEnd());
    }
    ArrayNode elections = node.putArray("elections");
    for (GovernanceDemo.Election e : r.elections()) {
      ObjectNode election = elections.addObject().put("council", e.council()).put("election", e.id())
          .put("method", "scottish");
      e.candidates().forEach(election.putArray("candidates")::add);
      e.elected().forEach(election.putArray("elected")::add);
    }
    GovernanceDemo.Budget b = r.budget();
    ObjectNode budget = node.putObject("budget");
    budget.put("council", b.council()).put("round", b.round()).put("method", "equal-shares").put("budget", b.budget())
        .put("voters", b.voters()).put("spent", b.spent());
    b.selected().forEach(budget.putArray("selected")::add);
    node.set("cycle", CycleReport.json(o.planning()));
    Decision approval = o.planned().decision().decision();
    ObjectNode plan = node.putObject("plan");
    plan.put("round", o.planned().round()).put("plan", o.planned().plan()).put("iterations", o.planned().iterations())
        .put("outcome", approval.outcome()).put("yes", approval.yes()).put("no", approval.no())
        .put("minorityReports", o.planned().decision().attached().size());
    o.planFiles().forEach(f -> plan.withArray("files").add(f.toString()));
    ArrayNode refusals = node.putArray("refused");
    r.refusals().forEach(x -> refusals.addObject().put("attempt", x[0]).put("refusal", x[1]));
    Decision d = r.decision().decision();
    ObjectNode decision = node.putObject("decision");
    decision.put("id", d.id()).put("title", r.proposalTitle()).put("kind", d.kind()).put("outcome", d.outcome())
        .put("yes", d.yes()).put("no", d.no()).put("abstain", d.abstain()).put("entitled", d.entitled()).put("rule", d.rule());
    ArrayNode reports = decision.putArray("minorityReports");
    for (Shown<MinorityReport> s : r.decision().reports()) {
      reports.addObject().put("author", s.content().author()).put("title", s.content().title()).put("text", s.content().text());
    }
    node.putObject("verify").put("ok", o.verified().ok()).put("message", o.verified().message());
    return node;
  }

  static String html(Outcome o) {
    GovernanceDemo.Result r = o.result();
    StringBuilder h = new StringBuilder("<h2>Councils, delegates and a decision with its dissent</h2>");
    h.append(p("Federation %s: %d regions, %d councils (workplace and neighbourhood), %d members, recorded in %s. "
        + "Every council elected its delegate to its region by Scottish STV on secret ballots (%d elections), and "
        + "every region %d delegates to the federation's assembly the same way; each mandate runs for the "
        + "constitution's term. Every ballot is published, shuffled, at the close, and every count is recounted "
        + "when the record is replayed.", r.federation(), r.regions(), r.councils(), r.members(), o.database(),
        r.elections().size(), GovernanceDemo.REGION_SEATS));
    h.append("<table><caption>Delegates in force</caption><tr><th scope=col>delegate</th><th scope=col>of</th>"
        + "<th scope=col>to the assembly of</th><th scope=col>until</th></tr>");
    for (Mandate m : r.delegates()) {
      h.append("<tr><td>").append(Svg.escape(m.member())).append("</td><td>").append(Svg.escape(m.council()))
          .append("</td><td>").append(Svg.escape(m.federation())).append("</td><td>").append(Svg.escape(m.termEnd()))
          .append("</td></tr>");
    }
    h.append("</table><h3>Refused by the constitution</h3><ul>");
    for (String[] x : r.refusals()) {
      h.append("<li>").append(Svg.escape(x[0])).append(": <em>").append(Svg.escape(x[1])).append("</em></li>");
    }
    h.append("</ul>");
    Decision d = r.decision().decision();
    h.append("<h3>").append(Svg.escape(r.proposalTitle())).append("</h3>");
    h.append(p("Decision %s of the federation's assembly (%s decision): %s, %d yes, %d no, %d abstaining of %d "
        + "delegates entitled, under rule %s.", d.id(), d.kind(), d.outcome().toUpperCase(java.util.Locale.ROOT), d.yes(),
        d.no(), d.abstain(), d.entitled(), d.rule()));
    for (Shown<MinorityReport> s : r.decision().reports()) {
      h.append("<blockquote><p><strong>Minority report by ").append(Svg.escape(s.content().author())).append(": ")
          .append(Svg.escape(s.content().title())).append("</strong></p><p>").append(Svg.escape(s.content().text()))
          .append("</p></blockquote>");
    }
    GovernanceDemo.Budget b = r.budget();
    h.append("<h3>The federation's participatory budget</h3>");
    h.append(p("The assembly's %d delegates shared £%,d million among %d public projects by the Method of Equal Shares "
        + "on secret approval ballots (%s): selected %s, for £%,d million. The selected projects enter the plan as "
        + "public demand for the products of the workplaces that build them.", b.voters(), b.budget(),
        UkProjects.PROJECTS.size(), b.round(), String.join(", ", b.selected()), b.spent()));
    h.append(CycleReport.html(o.planning()));
    Decision approval = o.planned().decision().decision();
    h.append(p("On the record: planning round %s, opened by the assembly's decision %s; every council's proposal of "
        + "every iteration is an event, and every iteration's prices and tally are recomputed from them when the record "
        + "is replayed. Plan %s, drafted after %d iterations, was %s %d–%d by the assembly with %d minority report(s). "
        + "The plan report answers by whom, for whom and to what end, every number linked to its event:",
        o.planned().round(), d.id(), o.planned().plan(), o.planned().iterations(), approval.outcome(), approval.yes(),
        approval.no(), o.planned().decision().attached().size()));
    h.append("<ul>");
    for (java.nio.file.Path file : o.planFiles()) {
      String name = Svg.escape(file.getFileName().toString());
      h.append("<li><a href=\"").append(name).append("\">").append(name).append("</a></li>");
    }
    h.append("</ul>");
    h.append(p("serge record verify, replaying all %,d events from nothing (hashes, chain, signatures, every query "
        + "table): %s.", o.verified().events(), o.verified().ok() ? "everything checks out" : "FAILED — " + o.verified().message()));
    return h.toString();
  }

  private static String p(String format, Object... args) {
    return "<p>" + Svg.escape(String.format(format, args)) + "</p>";
  }

  static List<String> summary(Outcome o) {
    GovernanceDemo.Result r = o.result();
    Decision d = r.decision().decision();
    return List.of(
        String.format("6. Federation %s of %d regions and %d councils (%d members) in %s; %d delegates elected by STV"
            + " in %d secret-ballot elections.", r.federation(), r.regions(), r.councils(), r.members(), o.database(),
            r.delegates().size(), r.elections().size()),
        String.format("7. Refused by the constitution: %s — %s", r.refusals().getFirst()[0], r.refusals().getFirst()[1]),
        String.format("8. \"%s\": %s %d–%d in the federation's assembly, with %d minority report(s) attached.",
            r.proposalTitle(), d.outcome(), d.yes(), d.no(), r.decision().attached().size()),
        String.format("9. The assembly's budget by Equal Shares (%d delegates, £%,d m): %s selected, £%,d m, as public"
            + " demand of the plan.", r.budget().voters(), r.budget().budget(), String.join(", ", r.budget().selected()),
            r.budget().spent()),
        CycleReport.summary(o.planning()),
        String.format("11. Plan %s of round %s on the record: drafted after %d iterations, %s %d–%d by the assembly with"
            + " %d minority report(s); plan report %s.", o.planned().plan(), o.planned().round(),
            o.planned().iterations(), o.planned().decision().decision().outcome(), o.planned().decision().decision().yes(),
            o.planned().decision().decision().no(), o.planned().decision().attached().size(),
            o.planFiles().isEmpty() ? "not written" : o.planFiles().getFirst()),
        String.format("12. serge record verify: %s.", o.verified().ok() ? "ok — " + o.verified().message() : "FAILED — "
            + o.verified().message()));
  }
}
