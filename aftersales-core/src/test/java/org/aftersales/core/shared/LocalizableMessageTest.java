package org.aftersales.core.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Messages of the shared kernel: placeholders, argument text, languages, equality. */
class LocalizableMessageTest {

  static final MessageBundle TEST =
      MessageBundle.of(LocalizableMessageTest.class, "org/aftersales/core/shared/TestMessages");

  @Test
  void only_a_whole_name_of_letters_digits_underscores_and_points_is_a_placeholder() {
    LocalizableMessage m = TEST.message("test.placeholders",
        "", "E", "a b", "S", "a-b", "H", "a_b", "U", "a.b", "D", "A9", "N", "unclosed", "X");
    assertEquals("a{}b {a b} {a-b} U D N {unclosed", m.english());
    assertEquals("a{}b {a b} {a-b} U D N {unclosed", m.chinese());
  }

  @Test
  void a_message_reads_in_the_language_asked_for() {
    LocalizableMessage m = TEST.message("test.greeting", "name", "Wang");
    assertEquals("Hello Wang", m.english());
    assertEquals("你好，Wang", m.chinese());
    assertEquals("Hello Wang / 你好，Wang", m.bilingual());
    assertEquals("Hello Wang / 你好，Wang", m.toString());
    assertEquals("您好，Wang（臺灣）", m.render(Locale.TRADITIONAL_CHINESE));
    assertEquals("Hello Wang", m.render(Locale.GERMAN));
    assertEquals(TEST, m.bundle());
    assertEquals("test.greeting", m.key());
    assertEquals(Map.of("name", "Wang"), m.arguments());
  }

  @Test
  void a_text_that_reads_the_same_in_both_languages_is_shown_once() {
    assertEquals("OK 7", TEST.message("test.sameInBoth", "x", 7).bilingual());
    assertEquals("only in English", TEST.message("test.onlyInEnglish").bilingual());
    assertEquals("same", LocalizableMessage.literal("same", "same").bilingual());
  }

  @Test
  void a_literal_message_gives_each_reader_its_own_text_as_data() {
    LocalizableMessage zone = LocalizableMessage.literal("Pudong {x}", "浦东{x}");
    assertEquals("Pudong {x}", zone.english());
    assertEquals("浦东{x}", zone.chinese());
    assertEquals("Pudong {x} / 浦东{x}", zone.bilingual());
    assertEquals("core.literal", zone.key());
  }

  @Test
  void a_missing_key_without_arguments_renders_as_the_bare_key() {
    assertEquals("no.such.key", TEST.message("no.such.key").english());
    assertEquals("no.such.key n=1", TEST.message("no.such.key", "n", 1).chinese());
  }

  @Test
  void a_nested_message_stays_a_message_and_follows_the_reader() {
    LocalizableMessage kind = MessageBundle.CORE.message("core.version.negative");
    LocalizableMessage m = MessageBundle.CORE.message("core.error.notFound", "kind", kind, "id", "1");
    assertSame(kind, m.arguments().get("kind"));
    assertEquals("No must not be negative with ID \"1\" was found", m.english());
    assertEquals("未找到编号为“1”的不能为负数", m.chinese());
  }

  @Test
  void values_become_plain_text_once_when_the_message_is_made() {
    LocalizableMessage m = TEST.message("test.greeting", "name",
        List.of(new BigDecimal("1E+2"), Money.parse("CNY 3.50"), "x"));
    assertEquals("Hello 100, CNY 3.50, x", m.english());
    assertEquals("Hello 0.00001", TEST.message("test.greeting", "name", new BigDecimal("1E-5")).english());
    assertEquals("Hello 1000", TEST.message("test.greeting", "name", new BigDecimal("1E+3")).english());
    assertEquals("Hello 0.000000001",
        TEST.message("test.greeting", "name", new BigDecimal("1E-9")).english());
    assertEquals("Hello null", TEST.message("test.greeting", "name", null).english());
    assertEquals("Hello ", TEST.message("test.greeting", "name", List.of()).english());
  }

  @Test
  void text_up_to_the_limit_is_kept_and_longer_text_is_cut_with_an_ellipsis() {
    String limit = "x".repeat(200);
    assertEquals(limit, LocalizableMessage.safeText(limit));
    assertEquals(limit + "…[201]", LocalizableMessage.safeText(limit + "y"));
    assertEquals("汉".repeat(200) + "…[300]", LocalizableMessage.safeText("汉".repeat(300)));
  }

  @Test
  void a_decimal_too_long_for_plain_notation_is_shown_in_scientific_notation_not_expanded() {
    // rule: issue 9 item 5 — "1e2147483647" must not become two billion zeros (or a JDK error).
    assertEquals("1E+2147483647", TEST.message("t", "v", new BigDecimal("1e2147483647")).arguments().get("v"));
    assertEquals("-1E-2147483647", TEST.message("t", "v", new BigDecimal("-1e-2147483647")).arguments().get("v"));
    // 200 digits still plain: "1" and 199 zeros; "0." and 198 zeros and "1".
    assertEquals("1" + "0".repeat(199), LocalizableMessage.decimalText(new BigDecimal("1E+199")));
    assertEquals("0." + "0".repeat(198) + "1", LocalizableMessage.decimalText(new BigDecimal("1E-199")));
    assertEquals("1E+200", LocalizableMessage.decimalText(new BigDecimal("1E+200")));
    assertEquals("1E-200", LocalizableMessage.decimalText(new BigDecimal("1E-200")));
    assertEquals("12.50", LocalizableMessage.decimalText(new BigDecimal("12.50")));
    assertEquals("1E+2147483647, 3", TEST.message("t", "v",
        List.of(new BigDecimal("1e2147483647"), 3)).arguments().get("v"));
  }

  @Test
  void noncharacters_are_escaped_and_their_neighbours_are_not() {
    // rule: issue 9 item 5 — XML 1.0 has no U+FFFE, U+FFFF; U+FDD0..U+FDEF are noncharacters too.
    assertEquals("\\ufdd0\\ufdef\\ufffe\\uffff\\ud83f\\udffe\\udbff\\udfff",
        LocalizableMessage.safeText("\uFDD0\uFDEF\uFFFE\uFFFF\uD83F\uDFFE\uDBFF\uDFFF"));
    // U+FDCF (unassigned in Java 17's Unicode) and U+FDF0 (an Arabic ligature) are shown as they are,
    // as are U+FFFD and U+10FFFD.
    assertEquals("\uFDCF\uFDF0\uFFFD\uDBFF\uDFFD",
        LocalizableMessage.safeText("\uFDCF\uFDF0\uFFFD\uDBFF\uDFFD"));
  }

  @Test
  void a_cut_leaves_out_a_base_character_together_with_every_kind_of_combining_mark() {
    // rule: issue 9 item 5 — a nonspacing accent (U+0301), an enclosing circle (U+20DD) and a
    // spacing mark (U+0903, Devanagari visarga) each stay with their base character.
    for (String mark : List.of("\u0301", "\u20DD", "\u0903")) {
      String text = "x".repeat(199) + "e" + mark + "tail";
      assertEquals("x".repeat(199) + "…[205]", LocalizableMessage.safeText(text), mark);
    }
    // A mark that fits is kept with its base.
    assertEquals("x".repeat(198) + "e\u20DD…[205]",
        LocalizableMessage.safeText("x".repeat(198) + "e\u20DD" + "tail!"));
  }

  @Test
  void a_cut_never_splits_a_surrogate_pair() {
    String grin = "\uD83D\uDE00"; // 😀, two UTF-16 units
    // 199 units then the two-unit character: only 199 fit, the character is dropped whole.
    String cut = LocalizableMessage.safeText("a".repeat(199) + grin + "b");
    assertEquals("a".repeat(199) + "…[201]", cut, "201 code points: 199 letters, the emoji, b");
    // 198 units then the character: 200 units, all kept.
    assertEquals("a".repeat(198) + grin, LocalizableMessage.safeText("a".repeat(198) + grin));
    assertEquals("a".repeat(198) + grin + "…[200]", LocalizableMessage.safeText("a".repeat(198) + grin + "b"));
    assertEquals(grin.repeat(100) + "…[101]", LocalizableMessage.safeText(grin.repeat(101)));
  }

  @Test
  void control_characters_are_escaped_whole_and_never_cut_in_half() {
    assertEquals("a\\u0000b\\u001fc\\u007f\\u009f", LocalizableMessage.safeText("a\u0000b\u001fc\u007f\u009f"));
    assertEquals("tab\\u0009end", LocalizableMessage.safeText("tab\tend"));
    // 195 units and a six-unit escape: 201 would not fit, so the escape is left out whole.
    assertEquals("x".repeat(195) + "…[196]", LocalizableMessage.safeText("x".repeat(195) + "\n"));
    assertEquals("x".repeat(194) + "\\u000a", LocalizableMessage.safeText("x".repeat(194) + "\n"));
  }

  @Test
  void messages_are_equal_only_with_the_same_bundle_key_and_arguments() {
    LocalizableMessage m = TEST.message("test.greeting", "name", "Wang");
    LocalizableMessage same = MessageBundle.of(LocalizableMessageTest.class,
        "org/aftersales/core/shared/TestMessages").message("test.greeting", "name", "Wang");
    assertEquals(m, same);
    assertEquals(m.hashCode(), same.hashCode());
    assertNotEquals(m, MessageBundle.CORE.message("test.greeting", "name", "Wang"));
    assertNotEquals(m, TEST.message("test.sameInBoth", "name", "Wang"));
    assertNotEquals(m, TEST.message("test.greeting", "name", "Li"));
    assertNotEquals(m, TEST.message("test.greeting", "x", "Wang"));
    assertNotEquals(m, (Object) "Hello Wang");
    assertNotEquals(m, null);
    assertNotEquals(m.hashCode(), TEST.message("test.greeting", "name", "Li").hashCode());
  }

  @Test
  void a_message_survives_serialization() throws Exception {
    LocalizableMessage m = TEST.message("test.greeting", "name",
        MessageBundle.CORE.message("core.version.negative"));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(m);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      LocalizableMessage copy = assertInstanceOf(LocalizableMessage.class, in.readObject());
      assertEquals(m, copy);
      assertEquals("Hello must not be negative", copy.english());
      assertEquals("你好，不能为负数", copy.chinese());
      assertTrue(copy.bundle().contains("test.greeting"));
    }
  }
}
