package org.aftersales.core.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

class CommandValidatorTest {

  /** A validator without an expression language: the library never needs one. */
  static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
      .messageInterpolator(new ParameterMessageInterpolator())
      .buildValidatorFactory().getValidator();

  record RegisterCall(
      @NotBlank String customerName,
      @NotNull @Size(min = 5, max = 20) String phone,
      @DecimalMin(value = "0", inclusive = false) BigDecimal fee,
      @Pattern(regexp = "[A-Z]{2}-[0-9]+", message = "{core.identifier.blank}") String model,
      @NotNull(message = "customer ${customerName} is {not} known") String address) {}

  final CommandValidator validator = new CommandValidator(VALIDATOR);

  @Test
  void a_valid_command_passes_unchanged() {
    RegisterCall ok = new RegisterCall("Wang", "13800000000", BigDecimal.ONE, "AB-1", "Shanghai");
    assertSame(ok, validator.validate(ok));
  }

  @Test
  void every_violation_is_reported_sorted_by_path_in_both_languages() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> validator.validate(
        new RegisterCall(" ", "123", BigDecimal.ZERO, "bad", null)));
    assertEquals(List.of("address", "customerName", "fee", "model", "phone"),
        e.violations().stream().map(Violation::path).toList());
    assertEquals(List.of(
            "address: violates the constraint @NotNull (customer ${customerName} is {not} known) (rejected value: \"null\")",
            "customerName: must not be blank (rejected value: \" \")",
            "fee: must be greater than 0 (rejected value: \"0\")",
            "model: must not be blank (rejected value: \"bad\")",
            "phone: size must be between 5 and 20 (rejected value: \"123\")"),
        e.violations().stream().map(v -> v.render(Locale.ENGLISH)).toList());
    assertEquals("phone：大小必须在 5 和 20 之间（被拒绝的值：“123”）",
        e.violations().get(4).render(Locale.SIMPLIFIED_CHINESE));
    assertEquals("fee：必须大于 0（被拒绝的值：“0”）",
        e.violations().get(2).render(Locale.SIMPLIFIED_CHINESE));
  }

  @Test
  void rejected_values_from_users_are_never_evaluated() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> validator.validate(
        new RegisterCall("Wang", "${9}", BigDecimal.ONE, "AB-1", "x")));
    assertEquals("${9}", e.violations().get(0).rejectedValue().orElseThrow());
  }
}
