package org.serge.budgeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.serge.SharedData;
import org.serge.formats.PbReader;

/** Each real pabulib election, counted with the rule in its META, funds exactly the official projects. */
class PabulibGoldenTest {
  static Stream<Path> elections() throws IOException {
    List<Path> files;
    try (Stream<Path> list = Files.list(SharedData.resolve("pb/pabulib"))) {
      files = list.filter(p -> p.toString().endsWith(".pb")).sorted().toList();
    }
    assertEquals(6, files.size(), "the six pabulib elections of the README");
    return files.stream();
  }

  @ParameterizedTest
  @MethodSource("elections")
  void selectsTheOfficialProjects(Path file) {
    PbInstance instance = PbReader.read(file);
    BudgetRule rule = BudgetRules.byId(instance.meta().get("rule"));
    TreeSet<String> official = new TreeSet<>();
    instance.projects().stream().filter(p -> Boolean.TRUE.equals(p.selected())).forEach(p -> official.add(p.id()));
    assertTrue(!official.isEmpty(), "the file marks its selected projects");
    List<Integer> selected = rule.select(instance);
    TreeSet<String> ours = new TreeSet<>();
    selected.forEach(p -> ours.add(instance.projects().get(p).id()));
    assertEquals(official, ours, file.getFileName() + " with " + rule.id());
    assertTrue(instance.cost(selected) <= instance.budget(), "within budget");
    assertEquals(selected.size(), ours.size(), "no project twice");
  }

  @ParameterizedTest
  @MethodSource("elections")
  void everyRuleStaysWithinBudget(Path file) {
    PbInstance instance = PbReader.read(file);
    for (String id : List.of("greedy", "equalshares", "equal-shares", "phragmen")) {
      List<Integer> selected = BudgetRules.byId(id).select(instance);
      assertTrue(instance.cost(selected) <= instance.budget(), id + " overspends on " + file.getFileName());
      assertEquals(selected.size(), IntStream.range(0, selected.size()).map(selected::get).distinct().count());
    }
  }
}
