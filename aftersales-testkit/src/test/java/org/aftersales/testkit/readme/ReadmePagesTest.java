package org.aftersales.testkit.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's Java examples are the code between "README begins" and "README ends" in
 * {@link ReadmeFirstCallTest} and {@link ReadmeExampleTest}, character for character (after
 * removing the test's indentation), so what a newcomer copies is what those tests run.
 */
class ReadmePagesTest {

  private static final Pattern JAVA_BLOCK = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL);

  private static final Pattern MARKED = Pattern.compile(
      "\n( *)// --- README begins ---\n(.*?)\n *// --- README ends ---", Pattern.DOTALL);

  @Test
  void the_readme_shows_the_first_call_and_the_rules_example_as_their_tests_run_them()
      throws IOException {
    String readme = Files.readString(
        Path.of(System.getProperty("aftersales.readme", "../README.md")), StandardCharsets.UTF_8);
    List<String> blocks = new ArrayList<>();
    Matcher m = JAVA_BLOCK.matcher(readme);
    while (m.find()) {
      blocks.add(m.group(1));
    }
    assertTrue(blocks.size() >= 2, "the README has the two examples");
    assertEquals(marked("ReadmeFirstCallTest"), blocks.get(0), "the first call");
    assertEquals(marked("ReadmeExampleTest"), blocks.get(1), "the rules alone");
  }

  @Test
  void the_first_call_is_at_most_ten_lines() throws IOException {
    // Issue 13: "the README shows a ten-line code example of the first call an adopter makes".
    long lines = marked("ReadmeFirstCallTest").lines().filter(l -> !l.isBlank()).count();
    assertTrue(lines <= 10, lines + " lines");
  }

  private static String marked(String testClass) throws IOException {
    Path source = Path.of("src/test/java/org/aftersales/testkit/readme", testClass + ".java");
    Matcher m = MARKED.matcher(Files.readString(source, StandardCharsets.UTF_8));
    assertTrue(m.find(), testClass + " marks its README block");
    String indent = m.group(1);
    StringBuilder out = new StringBuilder();
    for (String line : m.group(2).split("\n", -1)) {
      out.append(line.startsWith(indent) ? line.substring(indent.length()) : line.strip())
          .append('\n');
    }
    return out.toString();
  }
}
