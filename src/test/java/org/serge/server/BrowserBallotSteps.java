package org.serge.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.serge.server.BrowserTest.check;
import static org.serge.server.BrowserTest.click;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import java.util.List;
import org.serge.council.election.Elections;
import org.serge.council.election.OpenBudgetRound;
import org.serge.council.election.OpenElection;

/**
 * The ballot steps of {@link BrowserTest}'s scenario, by clicking: bob finds the open votes on
 * his home page, ranks candidates with the arrow keys, by dragging with the mouse and with a
 * button, casts, keeps his receipt secret and checks it before and after the count; then
 * approves budget projects (watching the running total) and reads the projects selected; revises his
 * council's proposal in a planning round and reads the plan report.
 */
final class BrowserBallotSteps {
  private BrowserBallotSteps() {}

  static void run(World world, Page bob) {
    String e = world.made("ana", new OpenElection("rail", "Chair of rail", 1, "irv", "general",
        List.of(new OpenElection.Nominee("ana", "Ana"), new OpenElection.Nominee("bob", "Bob"),
            new OpenElection.Nominee("cai", "Cai"))), "election");
    bob.navigate(world.base + "/");
    check(bob, "16-home-open-votes");
    bob.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Chair of rail")).click();
    check(bob, "17-ballot");

    // keyboard: Cai's handle, arrow up twice; mouse: drag Bob's handle above Ana; a button: Ana up
    bob.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Move Cai")).focus();
    bob.keyboard().press("ArrowUp");
    bob.keyboard().press("ArrowUp");
    assertEquals("1", bob.locator("#rank-cai").inputValue(), "Cai first by the keyboard");
    assertEquals("2", bob.locator("#rank-ana").inputValue(), "Ana, shown above Cai when he moved, ranked next");
    assertEquals("", bob.locator("#rank-bob").inputValue(), "Bob not ranked yet");
    drag(bob, bob.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Move Bob")),
        bob.locator("li.candidate[data-id=ana]"));
    assertEquals(List.of("cai", "bob", "ana"), order(bob), "Bob dragged above Ana");
    assertEquals("2", bob.locator("#rank-bob").inputValue(), "the numbers follow the order");
    assertEquals("3", bob.locator("#rank-ana").inputValue());
    click(bob, "Up Ana");
    assertEquals(List.of("cai", "ana", "bob"), order(bob));
    assertEquals("3", bob.locator("#rank-bob").inputValue());
    check(bob, "18-ballot-ranked");
    click(bob, "Cast my ballot");
    String secret = bob.locator("#receipt").inputValue();
    assertEquals(43, secret.length());
    check(bob, "19-receipt");

    bob.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Check a receipt")).click();
    checkReceipt(bob, secret, "Your ballot is sealed in the box", "20-receipt-sealed");
    for (String m : world.record.read(p -> Elections.electors(p, e)).stream().map(x -> x.member())
        .filter(m -> !m.equals("bob")).toList()) {
      world.act(m, ElectionMatrixCases.ballot(e));
    }
    bob.navigate(world.base + "/elections/" + e);
    bob.getByText("Close the vote", new Page.GetByTextOptions().setExact(true)).click();
    click(bob, "Close the vote (when due or all have voted)");
    assertTrue(bob.content().contains("Count sheet"), "the result with its count sheet");
    check(bob, "21-election-results");
    bob.navigate(world.base + "/receipts?election=" + e);
    checkReceipt(bob, secret, "Your ballot was counted as cast", "22-receipt-counted");
    assertEquals("{\"ranking\":[\"cai\",\"ana\",\"bob\"]}", bob.locator("#ballot").innerText());
    budget(world, bob);
    planning(world, bob);
  }

  /** bob revises rail's proposal in a planning round by its form; the next iteration converges; he reads the report. */
  private static void planning(World world, Page bob) {
    String round = PlanningScene.round(world);
    bob.navigate(world.base + "/rounds/" + round);
    assertTrue(bob.content().contains("Indicative prices and excess demand"));
    check(bob, "25-planning-round");
    bob.getByLabel("Hours of work in all").fill("9");
    click(bob, "Revise our proposal");
    assertEquals("9.0", bob.getByLabel("Hours of work in all").inputValue(), "the revision is in force");
    world.act("cai", new org.serge.council.planning.CloseIteration(round));
    bob.navigate(world.base + "/rounds/" + round);
    assertTrue(bob.content().contains("converged"), bob.content());
    check(bob, "26-planning-converged");
    bob.locator("a[href^='/plans/']").first().click();
    assertTrue(bob.title().contains("plan report"), bob.title());
    check(bob, "27-plan-report");
  }

  private static void budget(World world, Page bob) {
    String b = world.made("ana", new OpenBudgetRound("rail", "Station budget", 1000, null, List.of(
        new OpenBudgetRound.Item("bikes", "Bike racks", 300), new OpenBudgetRound.Item("cafe", "Night cafe", 800),
        new OpenBudgetRound.Item("lamps", "Lamps", 200))), "round");
    bob.navigate(world.base + "/budgets/" + b);
    bob.getByLabel("Bike racks — costs 300").check();
    bob.getByLabel("Night cafe — costs 800").check();
    assertEquals("1100", bob.locator("output[data-total]").innerText());
    assertTrue(bob.locator("[data-over]").innerText().startsWith("More than the budget"));
    bob.getByLabel("Night cafe — costs 800").uncheck();
    bob.getByLabel("Lamps — costs 200").check();
    assertEquals("500", bob.locator("output[data-total]").innerText(), "the running total");
    check(bob, "23-budget-ballot");
    click(bob, "Cast my ballot");
    assertTrue(bob.locator("#receipt").inputValue().length() == 43);
    for (String m : world.record.read(p -> Elections.electors(p, b)).stream().map(x -> x.member())
        .filter(m -> !m.equals("bob")).toList()) {
      world.act(m, new org.serge.council.election.CastBallot(b, List.of("bikes", "lamps"),
          ElectionMatrixCases.ballot(b).ballotId(), ElectionMatrixCases.ballot(b).receipt()));
    }
    bob.navigate(world.base + "/budgets/" + b);
    bob.getByText("Close the vote", new Page.GetByTextOptions().setExact(true)).click();
    click(bob, "Close the vote (when due or all have voted)");
    assertTrue(bob.content().contains("Spent 500 of the budget of 1000"), bob.content());
    check(bob, "24-budget-results");
  }

  private static void checkReceipt(Page page, String secret, String verdict, String shot) {
    page.getByLabel("Receipt secret").fill(secret);
    click(page, "Check");
    assertEquals(verdict, page.locator("h1").innerText());
    check(page, shot);
  }

  /** Drags by the mouse (pointer events, as a finger would) from a handle to the upper half of a target. */
  private static void drag(Page page, Locator handle, Locator target) {
    BoundingBox from = handle.boundingBox();
    BoundingBox to = target.boundingBox();
    page.mouse().move(from.x + from.width / 2, from.y + from.height / 2);
    page.mouse().down();
    page.mouse().move(to.x + to.width / 2, to.y + to.height / 4, new com.microsoft.playwright.Mouse.MoveOptions()
        .setSteps(8));
    page.mouse().up();
  }

  private static List<String> order(Page page) {
    return page.locator("li.candidate").all().stream().map(li -> li.getAttribute("data-id")).toList();
  }
}
