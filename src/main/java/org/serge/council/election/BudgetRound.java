package org.serge.council.election;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.serge.council.Row;

/**
 * A participatory-budgeting round in a council: projects with costs ({@link BudgetProject}),
 * a budget, a rule, secret approval ballots, and once counted the projects selected with
 * "for whom" figures.
 *
 * @param id {@code b-SEQ}, SEQ the event that opened it
 * @param budget whole currency units
 * @param method the budgeting rule: {@code equal-shares} (Equal Shares, add1 completion),
 *     {@code greedy} or {@code phragmen}
 * @param status {@code open}, {@code counted} or {@code lapsed}; {@code published} only between the two
 *     events of a close
 * @param rule the constitution's rule it was held under ({@code decisions.plan})
 * @param selected the selected projects' ids in order of selection, as a JSON array; null until counted
 * @param spent the selected projects' total cost; null until counted
 * @param figures the "for whom" figures as canonical JSON ({@link Counts}); null until counted
 */
public record BudgetRound(
    String id, String council, String title, long budget, String method, String openedBy, String opened,
    String closes, String status, long entitled, long voted, String rule, String selected, Long spent,
    String figures, long seq, Long closedSeq) implements SecretVote, Row {
  public static final List<String> COLUMNS = List.of("id", "council", "title", "budget", "method", "opened_by",
      "opened", "closes", "status", "entitled", "voted", "rule", "selected", "spent", "figures", "seq", "closed_seq");
  public static final String PREFIX = "b-";

  public String key() {
    return id;
  }

  public BudgetRound withVoted(long count) {
    return new BudgetRound(id, council, title, budget, method, openedBy, opened, closes, status, entitled, count, rule,
        selected, spent, figures, seq, closedSeq);
  }

  public BudgetRound ended(String outcome, String selectedJson, Long spentTotal, String figuresJson, long closingSeq) {
    return new BudgetRound(id, council, title, budget, method, openedBy, opened, closes, outcome, entitled, voted, rule,
        selectedJson, spentTotal, figuresJson, seq, closingSeq);
  }

  public Map<String, Object> columns() {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("id", id);
    c.put("council", council);
    c.put("title", title);
    c.put("budget", budget);
    c.put("method", method);
    c.put("opened_by", openedBy);
    c.put("opened", opened);
    c.put("closes", closes);
    c.put("status", status);
    c.put("entitled", entitled);
    c.put("voted", voted);
    c.put("rule", rule);
    c.put("selected", selected);
    c.put("spent", spent);
    c.put("figures", figures);
    c.put("seq", seq);
    c.put("closed_seq", closedSeq);
    return c;
  }
}
