package org.aftersales.core.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A builder asked to build with required attributes missing throws the library's bilingual error
 * naming each of them (the constructor the generated builders call), never the generator's
 * English-only {@code IllegalStateException}.
 *
 * <p>rule: issue 9 item 5 (no Immutables exception with English-only text escapes).
 */
class MissingAttributeTest {

  @Test
  void each_missing_attribute_is_one_violation_sorted_by_name_in_both_languages() {
    InvalidInputException e = new InvalidInputException("path", "message");
    assertEquals(List.of("message", "path"), e.violations().stream().map(Violation::path).toList());
    assertEquals("Invalid input (2 problem(s)): message: must be given; path: must be given",
        e.getMessage(Locale.ENGLISH));
    assertEquals("输入无效（2 个问题）： message：必须给出; path：必须给出",
        e.getMessage(Locale.SIMPLIFIED_CHINESE));
  }

  @Test
  void a_generated_builder_throws_it_for_what_was_not_set() {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> ImmutableViolation.builder().path("amount").build());
    assertEquals(List.of("message"), e.violations().stream().map(Violation::path).toList());
    assertEquals("core.input.missing", e.violations().get(0).message().key());
  }

  @Test
  void no_name_or_a_null_name_is_a_programming_error() {
    assertThrows(IllegalArgumentException.class, () -> new InvalidInputException(new String[0]));
    assertThrows(NullPointerException.class, () -> new InvalidInputException((String) null));
    assertThrows(NullPointerException.class, () -> new InvalidInputException((String[]) null));
  }
}
