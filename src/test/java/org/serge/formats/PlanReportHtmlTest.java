package org.serge.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.serge.planning.report.HandPlan;
import org.serge.planning.report.PlanReport;
import org.serge.planning.report.PlanReportInput;
import org.serge.planning.report.SimulatedPlan;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The plan report's HTML: well-formed, every number linked to its events, accessible structure. */
class PlanReportHtmlTest {
  private static final PlanReport HAND = PlanReport.of(HandPlan.input(true));

  @Test
  void everyNumberInATableLinksToAnEventOfTheAppendix() throws Exception {
    Document page = parse(PlanReportHtml.render(HAND, RecordLinks.APPENDIX));
    Set<String> anchors = new HashSet<>();
    for (Element row : elements(page, "tr")) {
      if (row.hasAttribute("id")) {
        anchors.add("#" + row.getAttribute("id"));
      }
    }
    assertEquals(10, anchors.size());
    int numbers = 0;
    for (Element cell : elements(page, "td")) {
      boolean appendix = ((Element) cell.getParentNode()).hasAttribute("id");
      if (!appendix && cell.getTextContent().matches("(?s).*[0-9].*")) {
        numbers++;
        List<Element> links = elements(cell, "a");
        assertFalse(links.isEmpty(), "a number without a link: " + cell.getTextContent());
        links.forEach(link -> assertTrue(anchors.contains(link.getAttribute("href")), link.getAttribute("href")));
      }
    }
    assertTrue(numbers > 50, "numbers in tables: " + numbers);
  }

  @Test
  void numbersLinkToTheRecordPageByDefaultAndHandPickedFiguresShow() throws Exception {
    String html = PlanReportHtml.render(HAND, RecordLinks.RECORD_PAGE);
    // The south's consumption value per member: 6 hours, from its proposal (7), priced in round 1 (3).
    assertTrue(html.contains("<a href=\"record.html#seq-7\" title=\"event 7: south&apos;s proposal\">6.00</a>")
        || html.contains("<a href=\"record.html#seq-7\" title=\"event 7: south's proposal\">6.00</a><sup class=\"src\">"
            + "<a href=\"record.html#seq-3\""), html);
    assertTrue(html.contains(">0.054</a>"), "the Gini coefficient 20/372");
    assertTrue(html.contains(">83.3%</a>"), "bread's target 10/12");
  }

  @Test
  void wellFormedAndAccessibleStructure() throws Exception {
    Document page = parse(PlanReportHtml.render(HAND, RecordLinks.RECORD_PAGE));
    assertEquals("en", page.getDocumentElement().getAttribute("lang"));
    assertEquals(1, elements(page, "h1").size());
    assertEquals(1, elements(page, "main").size());
    for (Element table : elements(page, "table")) {
      assertEquals(1, elements(table, "caption").size());
      assertFalse(elements(table, "th").isEmpty());
    }
    for (Element svg : elements(page, "svg")) {
      String label = svg.getAttribute("aria-labelledby");
      assertFalse(label.isEmpty());
      assertEquals(1, elements(svg, "title").stream().filter(t -> t.getAttribute("id").equals(label)).count());
    }
    assertEquals(4, elements(page, "svg").size(), "hours, consumption, objectives, flows");
    // Headings never skip a level.
    int last = 1;
    for (Element heading : headings(page.getDocumentElement(), new ArrayList<>())) {
      int level = heading.getTagName().charAt(1) - '0';
      assertTrue(level <= last + 1, heading.getTextContent());
      last = level;
    }
    String text = page.getDocumentElement().getTextContent();
    assertTrue(text.contains("Too little bread <for> the north & south."), "the minority report, escaped");
  }

  @Test
  void aPlanNotYetApprovedWithoutMinorityReportsSaysSo() throws Exception {
    PlanReportInput hand = HandPlan.input(false);
    PlanReportInput.Provenance p = hand.provenance();
    PlanReportInput proposed = new PlanReportInput(hand.planId(), hand.title(), hand.period(), hand.frame(),
        hand.settings(), hand.objectives(), hand.rounds(), hand.plan(), hand.councils(), hand.publicGoods(),
        new PlanReportInput.Provenance(p.opening(), p.iterations(), p.proposals(), null, List.of()));
    PlanReport report = PlanReport.of(proposed);
    String text = parse(PlanReportHtml.render(report, RecordLinks.RECORD_PAGE)).getDocumentElement().getTextContent();
    assertTrue(text.contains("not approved"), text);
    assertTrue(text.contains("No minority report was attached"), text);
    assertEquals(8, report.events().getLast().seq());
  }

  @Test
  void noScriptsNoExternalResources() {
    String html = PlanReportHtml.render(HAND, RecordLinks.RECORD_PAGE);
    assertFalse(html.contains("<script"));
    assertFalse(html.contains("src=\""));
    assertFalse(html.contains("http://") || html.contains("https://"));
  }

  @Test
  void aLargePlansFlowChartStaysAtFortyNodes() throws Exception {
    PlanReport simulated = PlanReport.of(SimulatedPlan.input("sim", 60, 24, 16, 2, 5));
    List<PlanSankey.Link> links = PlanSankey.links(simulated.flows());
    Set<String> nodes = new HashSet<>();
    links.forEach(link -> {
      nodes.add(link.stage() + link.from());
      nodes.add((link.stage() + 1) + link.to());
    });
    assertTrue(nodes.size() <= 40, "nodes: " + nodes.size());
    double joined = links.stream().mapToDouble(link -> link.value().value()).sum();
    double all = simulated.flows().stream().mapToDouble(flow -> flow.value().value()).sum();
    assertEquals(all, joined, 1e-9 * all, "joining keeps every hour");
    Document page = parse(PlanReportHtml.render(simulated, RecordLinks.RECORD_PAGE));
    assertFalse(elements(page, "path").isEmpty());
  }

  static Document parse(String html) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
    factory.setExpandEntityReferences(false);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<Element> elements(org.w3c.dom.Node root, String tag) {
    NodeList nodes = root instanceof Document d ? d.getElementsByTagName(tag) : ((Element) root).getElementsByTagName(tag);
    List<Element> list = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      list.add((Element) nodes.item(i));
    }
    return list;
  }

  private static List<Element> headings(Element element, List<Element> found) {
    if (element.getTagName().matches("h[1-6]")) {
      found.add(element);
    }
    NodeList children = element.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      if (children.item(i) instanceof Element child) {
        headings(child, found);
      }
    }
    return found;
  }
}
