package org.aftersales.testkit.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/production-wiring.md shows the code the consumer builds of {@link ConsumerBuildTest} compile
 * and run, character for character: the page's wiring block is the consumer's
 * {@code ErpWiring.java}. And the testkit's own tests run without an expression-language
 * implementation too, so nothing here works only because one happens to be on a class path.
 */
class ProductionWiringPageTest {

  private static final Pattern FIRST_JAVA_BLOCK =
      Pattern.compile("```java\n(.*?)```", Pattern.DOTALL);

  @Test
  void the_page_shows_the_wiring_the_consumer_builds_run() throws IOException {
    Path docs = Path.of(System.getProperty("aftersales.docs", "../docs"));
    Path sources = Path.of(System.getProperty("aftersales.consumer.sources", "src/test/consumer"));
    String page = Files.readString(docs.resolve("production-wiring.md"), StandardCharsets.UTF_8);
    String wiring = Files.readString(sources.resolve("com/example/erp/ErpWiring.java"),
        StandardCharsets.UTF_8);

    Matcher block = FIRST_JAVA_BLOCK.matcher(page);
    assertTrue(block.find(), "the page has a java block");
    assertEquals(wiring, block.group(1));
  }

  @Test
  void no_expression_language_is_on_the_testkits_test_class_path() {
    // Hibernate Validator's default interpolator needs jakarta.el; the wiring must work without.
    assertThrows(ClassNotFoundException.class,
        () -> Class.forName("jakarta.el.ExpressionFactory"));
  }
}
