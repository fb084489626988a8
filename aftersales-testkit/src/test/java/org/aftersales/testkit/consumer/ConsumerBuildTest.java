package org.aftersales.testkit.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An adopter's build against the published jars (core, rules, testkit) and only the jars Maven
 * gives it with them (see {@link ConsumerBuild} for how they are found) stays clean, on the class
 * path and on the module path: javac with {@code -Xlint:all -Werror} reports nothing, although the
 * consumer names every public type of the library (Immutables-built values and records among them)
 * and wires the use cases as {@code docs/production-wiring.md} shows; the program then runs, with
 * no {@code --add-modules}, {@code --add-reads} or {@code --add-opens}, with Hibernate Validator
 * and no expression-language implementation, and prints what an adopter expects. See
 * docs/decisions/0015-adopters-compile-without-immutables.md.
 */
class ConsumerBuildTest {

  @TempDir
  Path work;

  /**
   * Warnings javac may give about the published class files: none (decision 0015 removed the last
   * element-valued Immutables annotation). While this list is empty the consumer is compiled with
   * {@code -Werror}; a list with entries would assert exactly those warnings instead.
   */
  static final List<String> PENDING_WARNINGS = List.of();

  /**
   * What the program prints, worked out by hand: 2026-11-18T02:15Z is 10:15 in Shanghai, the
   * first complaint of November 2026 there, so 年月流水 {@code 26 11 01} (CMP-01); sending it again
   * returns the same case; a blank customer name is refused with one violation; the relay delivers
   * the one registration event, whose ID names the kind, series, number, stored version 1 and
   * position 0 (the repeat and the refusal stored nothing); CNY 1000.00 split
   * by base points 1.5 : 1.0 : 0.5 is 500.00, 333.33(3) and 166.66(7), the one fen left over going
   * to the largest remainder, E1003 (PEN-06, PEN-09).
   */
  private static String expectedOutput(String whereCoreRuns) {
    return String.join("\n",
        "registered 261101, repeated 261101",
        "refused 1 at intake.customerName",
        "relayed 1 event complaint/COMPLAINT:261101/1/0",
        "split CNY 500.00 / CNY 333.33 / CNY 166.67",
        whereCoreRuns,
        "expression language absent");
  }

  @Test
  void a_class_path_consumer_compiles_without_warnings_and_runs() throws Exception {
    // rule: CMP-01, PEN-06, PEN-09 (the program's figures); build hygiene otherwise
    ConsumerBuild.Outcome outcome = ConsumerBuild.compileAndRun(work, false,
        PENDING_WARNINGS.isEmpty());

    assertEquals(PENDING_WARNINGS, withoutDirectory(outcome.warnings()), "javac's warnings");
    assertEquals(expectedOutput("core module unnamed, internal exported true"),
        outcome.output().strip());
  }

  @Test
  void a_module_path_consumer_compiles_without_warnings_and_runs_without_add_modules()
      throws Exception {
    // rule: CMP-01, PEN-06, PEN-09 (the program's figures); build hygiene otherwise
    ConsumerBuild.Outcome outcome = ConsumerBuild.compileAndRun(work, true,
        PENDING_WARNINGS.isEmpty());

    assertEquals(PENDING_WARNINGS, withoutDirectory(outcome.warnings()), "javac's warnings");
    assertEquals(expectedOutput("core module org.aftersales.core, internal exported false"),
        outcome.output().strip());
  }

  @Test
  void the_adopter_gets_neither_immutables_nor_an_expression_language() {
    // The premise of the two builds above: the jars are what Maven resolves for an adopter, and
    // that excludes the compile-time-only Immutables and any jakarta.el implementation.
    List<Path> jars = ConsumerBuild.adopterJars();

    assertEquals(3, ConsumerBuild.libraryJars(jars).size(), () -> "library jars in " + jars);
    for (Path jar : jars) {
      String path = jar.toString().replace('\\', '/');
      assertTrue(!path.contains("/org/immutables/") && !path.contains("jakarta.el")
          && !path.contains("expressly") && !path.contains("/glassfish/"), path);
    }
  }

  /**
   * The warnings, each once (javac repeats one for every round that reads the class file), with the
   * build's directory and the version cut off the jars' names.
   */
  private static List<String> withoutDirectory(List<String> warnings) {
    return warnings.stream()
        .map(w -> w.replaceFirst("^.*/(aftersales-[a-z]+)-[^/]*\\.jar\\(", "$1.jar("))
        .distinct()
        .toList();
  }
}
