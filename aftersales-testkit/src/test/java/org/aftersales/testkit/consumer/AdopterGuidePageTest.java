package org.aftersales.testkit.consumer;

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
 * docs/adopter-guide.md shows the examples' code (docs/examples/spring-boot and
 * docs/examples/postgres, built and tested by the invoker plugin), not a copy that could drift: every code block of the page marked
 * {@code <!-- excerpt: path -->} is, character for character, a run of whole lines of the file it
 * names (relative to docs/), and every Java block is so marked.
 */
class AdopterGuidePageTest {

  private static final Pattern EXCERPT = Pattern.compile(
      "<!-- excerpt: (\\S+) -->\n```(\\w+)\n(.*?)```", Pattern.DOTALL);
  private static final Pattern JAVA_BLOCK = Pattern.compile("```java\n");

  private static Path docs() {
    return Path.of(System.getProperty("aftersales.docs", "../docs"));
  }

  private static String page() throws IOException {
    return Files.readString(docs().resolve("adopter-guide.md"), StandardCharsets.UTF_8);
  }

  @Test
  void every_excerpt_of_the_guide_is_whole_lines_of_the_file_it_names() throws IOException {
    Matcher m = EXCERPT.matcher(page());
    List<String> drifted = new ArrayList<>();
    int excerpts = 0;
    while (m.find()) {
      excerpts++;
      Path file = docs().resolve(m.group(1)).normalize();
      assertTrue(Files.isRegularFile(file), () -> "the guide names a file that is not there: "
          + m.group(1));
      String source = Files.readString(file, StandardCharsets.UTF_8);
      // Whole lines: the excerpt starts at a line's start and ends with a line's end.
      String excerpt = m.group(3);
      if (!("\n" + source).contains("\n" + excerpt)) {
        drifted.add(m.group(1) + ":\n" + excerpt);
      }
    }
    assertTrue(excerpts >= 10, "the guide shows the example's code in excerpts, found " + excerpts);
    assertEquals(List.of(), drifted, "excerpts that are not the example's code");
  }

  @Test
  void every_java_block_of_the_guide_is_a_checked_excerpt() throws IOException {
    String page = page();
    Matcher java = JAVA_BLOCK.matcher(page);
    long javaBlocks = 0;
    while (java.find()) {
      javaBlocks++;
    }
    Matcher m = EXCERPT.matcher(page);
    long javaExcerpts = 0;
    while (m.find()) {
      if (m.group(2).equals("java")) {
        javaExcerpts++;
      }
    }
    assertEquals(javaBlocks, javaExcerpts, "Java blocks of the guide without an excerpt marker");
  }
}
