package org.aftersales.core.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MessageBundleTest {

  @Test
  void the_core_bundle_is_completely_translated() {
    TranslationAssertions.assertCompletelyTranslated(MessageBundle.CORE);
  }

  @Test
  void user_text_is_inserted_as_data_never_as_a_template() {
    String hostile = "{count} ${1+1} #{7*7} {0} '{' \u0000 %s";
    LocalizableMessage m = MessageBundle.CORE.message("core.error.notFound",
        "kind", "customer", "id", hostile);
    assertEquals("No customer with ID \"{count} ${1+1} #{7*7} {0} '{' \\u0000 %s\" was found",
        m.english());
  }

  @Test
  void placeholders_without_an_argument_stay_as_they_are() {
    assertEquals("No {kind} with ID \"7\" was found",
        MessageBundle.CORE.message("core.error.notFound", "id", 7).english());
  }

  @Test
  void long_user_text_is_cut_and_control_characters_are_escaped() {
    String text = (String) MessageBundle.CORE.message("k", "v", "x".repeat(500)).arguments().get("v");
    assertEquals("x".repeat(200) + "…[500]", text);
    assertEquals("a\\u000ab", MessageBundle.CORE.message("k", "v", "a\nb").arguments().get("v"));
  }

  @Test
  void values_are_rendered_without_locale_formatting() {
    LocalizableMessage m = MessageBundle.CORE.message("core.error.notFound",
        "kind", List.of(new BigDecimal("1E+3"), 2), "id", new BigDecimal("1234567.5"));
    assertEquals("No 1000, 2 with ID \"1234567.5\" was found", m.english());
  }

  @Test
  void nested_messages_are_rendered_in_the_readers_language() {
    LocalizableMessage kind = MessageBundle.CORE.message("core.identifier.blank");
    LocalizableMessage m = MessageBundle.CORE.message("core.error.notFound", "kind", kind, "id", "1");
    assertEquals("No must not be blank with ID \"1\" was found", m.english());
    assertEquals("未找到编号为“1”的不能为空", m.chinese());
  }

  @Test
  void a_missing_key_renders_as_the_key_with_its_arguments() {
    assertEquals("no.such.key a=1, b=x", MessageBundle.CORE.message("no.such.key", "a", 1, "b", "x").english());
  }

  @Test
  void malformed_arguments_and_bundles_are_programming_errors() {
    assertThrows(IllegalArgumentException.class, () -> MessageBundle.CORE.message("k", "odd"));
    assertThrows(IllegalArgumentException.class, () -> MessageBundle.CORE.message("k", 1, "x"));
    assertThrows(IllegalStateException.class, () -> MessageBundle.of(MessageBundleTest.class, "no/such/Bundle"));
    assertThrows(IllegalArgumentException.class, () -> MessageBundle.of(MessageBundleTest.class, "/abs"));
  }

  @Test
  void messages_are_values() {
    assertEquals(MessageBundle.CORE.message("k", "a", 1), MessageBundle.CORE.message("k", "a", "1"));
    assertEquals(MessageBundle.CORE, MessageBundle.of(MessageBundle.class, "org/aftersales/core/shared/CoreMessages"));
  }

  static final String TEST_BUNDLE = "org/aftersales/core/shared/TestMessages";

  /** A new bundle each time, so that its files are read by the test that uses it. */
  private static MessageBundle freshTestBundle() {
    return MessageBundle.of(MessageBundleTest.class, TEST_BUNDLE);
  }

  @Test
  void a_text_is_looked_up_by_language_and_country_then_language_then_in_english() {
    MessageBundle bundle = freshTestBundle();
    assertEquals(Optional.of("您好，{name}（臺灣）"), bundle.text("test.greeting", Locale.TAIWAN));
    assertEquals(Optional.of("你好，{name}"), bundle.text("test.greeting", Locale.SIMPLIFIED_CHINESE));
    assertEquals(Optional.of("你好，{name}"), bundle.text("test.greeting", Locale.CHINESE));
    assertEquals(Optional.of("你好，{name}"), bundle.text("test.greeting", Locale.forLanguageTag("zh-HK")));
    assertEquals(Optional.of("必须是 {values} 之一"), bundle.text("test.oneOf", Locale.TAIWAN));
    assertEquals(Optional.of("only in English"), bundle.text("test.onlyInEnglish", Locale.TAIWAN));
    assertEquals(Optional.empty(), bundle.text("no.such.key", Locale.TAIWAN));
  }

  @Test
  void english_readers_and_every_other_language_read_the_base_file() {
    MessageBundle bundle = freshTestBundle();
    // The bundle has a _en file on purpose: English is the base file, a _en file is never read.
    assertEquals(Optional.of("Hello {name}"), bundle.text("test.greeting", Locale.ENGLISH));
    assertEquals(Optional.of("Hello {name}"), bundle.text("test.greeting", Locale.UK));
    assertEquals(Optional.of("Hello {name}"), bundle.text("test.greeting", Locale.ROOT));
    assertEquals(Optional.of("Hello {name}"), bundle.text("test.greeting", Locale.JAPAN));
    assertEquals(Optional.of("Hello {name}"), bundle.text("test.greeting", Locale.FRENCH));
  }

  @Test
  void keys_are_those_of_exactly_one_file() {
    MessageBundle bundle = freshTestBundle();
    Set<String> english = Set.of("test.greeting", "test.placeholders", "test.onlyInEnglish",
        "test.sameInBoth", "test.oneOf");
    assertEquals(english, bundle.keys(Locale.ENGLISH));
    assertEquals(english, bundle.keys(Locale.ROOT));
    assertEquals(Set.of("test.greeting", "test.placeholders", "test.sameInBoth", "test.oneOf"),
        bundle.keys(Locale.SIMPLIFIED_CHINESE));
    assertEquals(Set.of(), bundle.keys(Locale.FRENCH));
    assertTrue(bundle.contains("test.onlyInEnglish"));
    assertFalse(bundle.contains("no.such.key"));
    assertFalse(bundle.contains("core.version.negative"), "another bundle's key");
  }

  @Test
  void bundles_are_equal_by_anchor_and_base_name_and_print_their_base_name() {
    MessageBundle bundle = freshTestBundle();
    assertEquals(freshTestBundle(), bundle);
    assertEquals(freshTestBundle().hashCode(), bundle.hashCode());
    assertEquals(TEST_BUNDLE, bundle.baseName());
    assertEquals(TEST_BUNDLE, bundle.toString());
    assertNotEquals(MessageBundle.CORE, bundle);
    assertNotEquals(MessageBundle.of(MessageBundle.class, TEST_BUNDLE), bundle, "another anchor");
    assertNotEquals(bundle, (Object) TEST_BUNDLE);
    assertNotEquals(MessageBundle.CORE.hashCode(), bundle.hashCode());
  }

  @Test
  void a_bundle_survives_serialization_and_reads_its_files_again() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(freshTestBundle());
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      MessageBundle copy = assertInstanceOf(MessageBundle.class, in.readObject());
      assertEquals(freshTestBundle(), copy);
      assertEquals(Optional.of("你好，{name}"), copy.text("test.greeting", Locale.SIMPLIFIED_CHINESE));
    }
  }

  @Test
  void a_bundle_needs_a_relative_non_blank_base_name() {
    assertThrows(IllegalArgumentException.class, () -> MessageBundle.of(MessageBundleTest.class, " "));
    assertThrows(IllegalArgumentException.class, () -> MessageBundle.of(MessageBundleTest.class, ""));
    IllegalStateException missing = assertThrows(IllegalStateException.class,
        () -> MessageBundle.of(MessageBundleTest.class, "org/aftersales/core/shared/NoSuchMessages"));
    assertEquals("No message file org/aftersales/core/shared/NoSuchMessages.properties next to "
        + MessageBundleTest.class.getName(), missing.getMessage());
    IllegalArgumentException odd = assertThrows(IllegalArgumentException.class,
        () -> MessageBundle.CORE.message("k", "a", 1, "b"));
    assertEquals("names and values must alternate, got 3 items", odd.getMessage());
    IllegalArgumentException notText = assertThrows(IllegalArgumentException.class,
        () -> MessageBundle.CORE.message("k", "a", 1, 2, "x"));
    assertEquals("argument name at position 2 must be a String", notText.getMessage());
    assertThrows(IllegalArgumentException.class, () -> MessageBundle.CORE.message("k", "a", 1, "a", 2));
  }

  @Test
  void the_library_ships_english_and_simplified_chinese() {
    assertEquals(List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE), MessageBundle.SUPPORTED_LOCALES);
    assertEquals("org/aftersales/core/shared/CoreMessages", MessageBundle.CORE.baseName());
  }
}
