package org.aftersales.testkit.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.validation.constraints.Min;
import java.util.Locale;
import org.aftersales.core.shared.InvalidInputException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The validator the testkit builds renders the library's messages, whatever the JVM's defaults:
 * this class runs twice (tag {@code jvm-defaults}), under en_US/UTC and under zh_CN/UTC+14, and
 * Hibernate Validator's own locale handling must not leak into either language.
 */
@Tag("jvm-defaults")
class TestValidatorsTest {

  record Dispatch(@Min(1) int technicians) {}

  @Test
  void the_test_validator_reports_through_the_library_messages_without_an_expression_language() {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> TestValidators.commandValidator().validate(new Dispatch(0)));
    assertEquals("technicians: must be greater than or equal to 1 (rejected value: \"0\")",
        e.violations().get(0).render(Locale.ENGLISH));
    assertEquals("technicians：必须大于或等于 1（被拒绝的值：“0”）",
        e.violations().get(0).render(Locale.SIMPLIFIED_CHINESE));
  }
}
