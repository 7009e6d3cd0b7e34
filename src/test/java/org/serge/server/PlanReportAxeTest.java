package org.serge.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.serge.formats.PlanReportHtml;
import org.serge.formats.RecordLinks;
import org.serge.planning.report.HandPlan;
import org.serge.planning.report.PlanReport;
import org.serge.planning.report.SimulatedPlan;

/**
 * The plan report's HTML (org.serge.formats) in Debian's chromium, checked by axe-core like
 * the web pages: no serious or critical violation, at a phone's width and a desktop's.
 * Screenshots go to target/screenshots. Skipped as {@link BrowserTest} is.
 */
class PlanReportAxeTest {

  @Test
  void thePlanReportPassesAxe() throws Exception {
    boolean ci = "true".equals(System.getenv("CI"));
    assumeTrue(Files.isExecutable(BrowserTest.CHROMIUM) || ci, "skipped: /usr/bin/chromium is absent");
    Path axe = Axe.script();
    assumeTrue(axe != null || ci, "skipped: npm could not fetch axe-core " + Axe.VERSION);
    assertNotNull(axe, "CI=true but npm could not fetch axe-core");
    Files.createDirectories(BrowserTest.SHOTS);
    Map<String, PlanReport> reports = Map.of("plan-report-hand", PlanReport.of(HandPlan.input(true)),
        "plan-report-simulated", PlanReport.of(SimulatedPlan.input("sim-1", 30, 16, 8, 2, 4)));
    List<String> violations = new ArrayList<>();
    try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
        .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
      Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
          .setExecutablePath(BrowserTest.CHROMIUM).setHeadless(true).setArgs(BrowserTest.FLAGS));
      for (var entry : reports.entrySet()) {
        Path file = BrowserTest.SHOTS.resolve(entry.getKey() + ".html").toAbsolutePath();
        Files.writeString(file, PlanReportHtml.render(entry.getValue(), RecordLinks.APPENDIX));
        // A phone's width for the small plan, a desktop's for both (axe on a long page is slow).
        int[] widths = entry.getKey().endsWith("hand") ? new int[] {390, 1280} : new int[] {1280};
        for (int width : widths) {
          Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(width, 900));
          page.navigate(file.toUri().toString());
          page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
              .setPath(BrowserTest.SHOTS.resolve(entry.getKey() + "-" + width + ".png")));
          if (width == 1280) {
            page.locator("figure:has(#chart-flows)").screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                .setPath(BrowserTest.SHOTS.resolve(entry.getKey() + "-flows.png")));
          }
          page.addScriptTag(new Page.AddScriptTagOptions().setPath(axe));
          Object found = page.evaluate("async () => { const r = await axe.run(document, {resultTypes: ['violations']});"
              + " return r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')"
              + ".map(v => v.id + ' (' + v.impact + '): ' + v.nodes.slice(0, 3).map(n => n.target.join(' '))"
              + ".join(', ')); }");
          ((List<?>) found).forEach(v -> violations.add(entry.getKey() + " at " + width + " px: " + v));
          page.close();
        }
      }
      browser.close();
    }
    assertEquals(List.of(), violations);
  }
}
