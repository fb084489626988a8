package org.aftersales.core.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
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
    assertEquals(LocalizableMessage.MAX_ARGUMENT_LENGTH + 1, text.length());
    assertTrue(text.endsWith("…"));
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
    assertTrue(m.english().startsWith("No must not be blank"));
    assertTrue(m.chinese().startsWith("未找到编号为“1”的不能为空"));
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
    assertEquals(MessageBundle.CORE, MessageBundle.of(MessageBundle.class, MessageBundle.CORE.baseName()));
  }
}
