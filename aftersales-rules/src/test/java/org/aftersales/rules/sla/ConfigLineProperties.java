package org.aftersales.rules.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.base.CharMatcher;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of the configuration-text reader over any text, including hostile text. */
class ConfigLineProperties {

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.strings()
        .withChars(" \t\u3000\r\n#abcXYZ019-:.国庆")
        .withCharRange('\u0000', '\uffff')
        .ofMaxLength(300);
  }

  @Property
  void any_text_reads_without_error_into_ordered_non_empty_lines(@ForAll("texts") String text) {
    List<ConfigLine> lines = ConfigLine.parse(text);
    int lineCount = text.split("\r\n|\r|\n", -1).length;
    int previous = 0;
    for (ConfigLine line : lines) {
      assertTrue(line.number() > previous && line.number() <= lineCount);
      previous = line.number();
      assertFalse(line.keyword().isEmpty());
      assertFalse(line.text().contains("\n") || line.text().contains("\r"));
      assertEquals(line.text(), CharMatcher.whitespace().trimFrom(line.text()));
    }
  }

  @Property
  void the_words_are_the_line_split_at_white_space(@ForAll("texts") String text) {
    for (ConfigLine line : ConfigLine.parse(text)) {
      String joined = line.arguments().isEmpty()
          ? line.keyword() : line.keyword() + " " + String.join(" ", line.arguments());
      assertEquals(CharMatcher.whitespace().collapseFrom(line.text(), ' '), joined);
      assertFalse(line.arguments().stream().anyMatch(w -> w.startsWith("#")),
          "a word starting with # after white space is a comment");
    }
  }

  @Property
  void a_comment_never_changes_what_comes_before_it(@ForAll("texts") String text) {
    String oneLine = CharMatcher.whitespace().trimFrom(text.replaceAll("[\r\n#]", ""));
    List<ConfigLine> plain = ConfigLine.parse(oneLine);
    List<ConfigLine> commented = ConfigLine.parse(oneLine + " # anything: " + text.replaceAll("[\r\n]", ""));
    assertEquals(plain.stream().map(ConfigLine::text).toList(),
        commented.stream().map(ConfigLine::text).toList());
  }
}
