package org.serge.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.serge.council.motion.CastVote;
import org.serge.council.motion.Choice;

/**
 * The pages, driven by clicking in Debian's chromium (never a downloaded browser): sign in,
 * invite and join a council, debate a proposal, vote it, add a minority report, browse and
 * verify the record, rank candidates (keyboard, mouse drag, buttons), check a receipt, vote a budget,
 * revise a planning proposal and read the plan report.
 * Screenshots go to target/screenshots; every page visited must pass axe-core
 * with no serious or critical violation. Skipped (with a message) only where /usr/bin/chromium
 * is absent and CI is not "true".
 */
class BrowserTest {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path SHOTS = Path.of("target", "screenshots");
  static final List<String> FLAGS = List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
      "--disable-component-update", "--disable-sync", "--no-first-run");

  static World world;
  static Playwright playwright;
  static Browser browser;
  static Path axe;
  static final List<String> violations = new ArrayList<>();
  static int pagesChecked;

  @BeforeAll
  static void start() throws Exception {
    boolean ci = "true".equals(System.getenv("CI"));
    if (!Files.isExecutable(CHROMIUM)) {
      assumeTrue(ci, "browser tests skipped: /usr/bin/chromium is absent (apt-get install chromium)");
      throw new AssertionError("CI=true but /usr/bin/chromium is absent");
    }
    axe = Axe.script();
    assumeTrue(axe != null || ci, "browser tests skipped: npm could not fetch axe-core " + Axe.VERSION);
    assertNotNull(axe, "CI=true but npm could not fetch axe-core");
    Files.createDirectories(SHOTS);
    world = new World(true, false);
    playwright = Playwright.create(new Playwright.CreateOptions()
        .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
        .setHeadless(true).setArgs(FLAGS));
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
    if (playwright != null) {
      playwright.close();
    }
    if (world != null) {
      world.close();
    }
  }

  /** A browser of its own for one person (cookies apart); CSP bypassed only so that axe can be injected. */
  static Page person() {
    BrowserContext context = browser.newContext(new Browser.NewContextOptions().setBypassCSP(true)
        .setViewportSize(390, 844));
    return context.newPage();
  }

  static Page signIn(String login) {
    Page page = person();
    page.navigate(world.base + "/sign-in");
    page.getByLabel("Login").fill(login);
    page.getByLabel("Password").fill(World.PASSWORD);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in").setExact(true)).click();
    return page;
  }

  static void click(Page page, String button) {
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button).setExact(true)).click();
  }

  /** Saves a screenshot and runs axe-core on the page, keeping serious and critical violations. */
  static void check(Page page, String name) {
    page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name + ".png")).setFullPage(true));
    page.addScriptTag(new Page.AddScriptTagOptions().setPath(axe));
    Object found = page.evaluate("async () => { const r = await axe.run(document, {resultTypes: ['violations']});"
        + " return r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')"
        + ".map(v => v.id + ' (' + v.impact + '): ' + v.nodes.map(n => n.target.join(' ')).join(', ')); }");
    for (Object v : (List<?>) found) {
      violations.add(name + ": " + v);
    }
    pagesChecked++;
  }

  /**
   * A ballot ranked on a phone by touch: taps on the Up buttons (a touchscreen, not a mouse), each
   * at least 44 × 44 CSS pixels, then the ballot cast by a tap.
   */
  @Test
  void aBallotIsRankedByTouchOnAPhone() {
    String e = world.made("ana", new org.serge.council.election.OpenElection("rail", "Treasurer of rail", 1, "irv",
        "general", List.of(new org.serge.council.election.OpenElection.Nominee("dan", "Dan"),
            new org.serge.council.election.OpenElection.Nominee("eve", "Eve"),
            new org.serge.council.election.OpenElection.Nominee("fay", "Fay"))), "election");
    BrowserContext phone = browser.newContext(new Browser.NewContextOptions().setBypassCSP(true)
        .setViewportSize(390, 844).setHasTouch(true).setIsMobile(true));
    Page fay = phone.newPage();
    fay.navigate(world.base + "/sign-in");
    fay.getByLabel("Login").fill("fay");
    fay.getByLabel("Password").fill(World.PASSWORD);
    click(fay, "Sign in");
    fay.navigate(world.base + "/elections/" + e);
    assertTrue(fay.content().contains("Rank the candidates"), "fay's ballot: " + fay.title());
    var upFay = fay.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Up Fay").setExact(true));
    var box = upFay.boundingBox();
    assertTrue(box.width >= 44 && box.height >= 44, "a control a finger can hit: " + box.width + " × " + box.height);
    upFay.tap();
    upFay.tap();
    fay.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Up Eve").setExact(true)).tap();
    assertEquals(List.of("fay", "eve", "dan"), fay.locator("li.candidate").all().stream()
        .map(li -> li.getAttribute("data-id")).toList(), "the order the taps made");
    assertEquals("1", fay.locator("#rank-fay").inputValue());
    check(fay, "28-ballot-by-touch");
    fay.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cast my ballot").setExact(true)).tap();
    assertEquals(43, fay.locator("#receipt").inputValue().length(), "cast: the receipt is shown");
    phone.close();
  }

  @Test
  void theScenarioByClicking() {
    Page visitor = person();
    visitor.navigate(world.base + "/");
    check(visitor, "01-home-visitor");
    visitor.navigate(world.base + "/sign-in");
    check(visitor, "02-sign-in");

    // ana invites ivy to rail
    Page ana = signIn("ana");
    assertTrue(ana.content().contains("My councils"));
    check(ana, "03-home-ana");
    ana.navigate(world.base + "/councils/rail");
    check(ana, "04-council-rail");
    click(ana, "Make an invitation link");
    String link = ana.getByLabel("Invitation link").inputValue();
    check(ana, "05-invitation");

    // ivy joins with the link
    Page ivy = person();
    ivy.navigate(link);
    check(ivy, "06-join");
    ivy.getByLabel("Member id (lower-case letters, digits, - . _)").fill("ivy");
    ivy.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Ivy");
    ivy.getByLabel("Password").fill("ten chars or more");
    click(ivy, "Join");
    assertTrue(ivy.url().endsWith("/councils/rail"), ivy.url());
    assertTrue(ivy.content().contains("Ivy (ivy)"), "ivy is a member of rail");

    // ivy proposes; bob debates
    ivy.getByLabel("Title", new Page.GetByLabelOptions().setExact(true)).fill("Night buses");
    ivy.getByLabel("Text", new Page.GetByLabelOptions().setExact(true)).fill("Run night buses on line 4.");
    click(ivy, "Propose");
    ivy.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Night buses")).click();
    String proposal = ivy.url();
    Page bob = signIn("bob");
    bob.navigate(proposal);
    bob.getByLabel("Your comment").fill("Line 4 needs it least.");
    click(bob, "Comment");
    assertTrue(bob.content().contains("Line 4 needs it least."));
    check(bob, "07-proposal-debate");

    // ivy puts it to the vote; the others vote (bob by clicking, no); bob closes it
    ivy.navigate(proposal);
    click(ivy, "Put it to the vote");
    click(ivy, "Vote yes");
    String motion = world.record.read(p -> p.motions.rows().stream().filter(m -> m.isOpen()).findFirst().orElseThrow().id());
    for (String m : List.of("ana", "cai", "dan", "eve", "fay")) {
      world.act(m, new CastVote(motion, Choice.YES));
    }
    bob.navigate(proposal);
    click(bob, "Vote no");
    check(bob, "08-proposal-voted");
    click(bob, "Close the vote (when due or all have voted)");
    assertTrue(bob.content().contains("adopted"), "the decision is shown");

    // bob, on the losing side, adds a minority report
    bob.getByText("Write a minority report on").click();
    bob.getByLabel("Title").fill("Why we voted no");
    bob.getByLabel("Your case").fill("Line 4 already has the most buses.");
    click(bob, "Publish the minority report");
    assertTrue(bob.content().contains("Minority report: Why we voted no"));
    assertTrue(bob.content().contains("attached"));
    check(bob, "09-minority-report");
    bob.navigate(world.base + "/motions/" + motion);
    check(bob, "10-motion");

    visitor.navigate(world.base + "/councils/rail/proposals");
    check(visitor, "10b-proposals");

    // anyone reads and verifies the record
    visitor.navigate(world.base + "/record");
    check(visitor, "11-record");
    click(visitor, "Verify the whole record");
    assertEquals("The record checks out", visitor.locator("h1").innerText());
    assertTrue(visitor.content().contains("Every table rebuilt from the events matches"));
    check(visitor, "12-verified");

    // a refusal names its rule (gus is not in rail)
    Page gus = signIn("gus");
    gus.navigate(proposal);
    check(gus, "13-proposal-outsider");
    visitor.navigate(world.base + "/councils/nowhere");
    check(visitor, "14-not-found");

    BrowserBallotSteps.run(world, bob);

    assertEquals(List.of(), violations, "axe-core serious or critical violations");
    visitor.setContent("<!doctype html><html lang=\"en\"><head><title>t</title></head><body><main>"
        + "<input type=\"text\"></main></body></html>");
    check(visitor, "15-axe-self-check");
    assertTrue(violations.stream().anyMatch(v -> v.startsWith("15-axe-self-check: label")),
        "axe finds an unlabelled field: " + violations);
    assertTrue(pagesChecked >= 26);
  }
}
