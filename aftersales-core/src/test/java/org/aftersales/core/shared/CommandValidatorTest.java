package org.aftersales.core.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Payload;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Proxy;
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

  /** A constraint of an adopter, with an array attribute and a message key of its own bundle. */
  @Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.METHOD})
  @Retention(RetentionPolicy.RUNTIME)
  @Constraint(validatedBy = OneOfValidator.class)
  @interface OneOf {
    String message() default "{test.oneOf}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    String[] values();
  }

  /** Accepts the values listed in {@link OneOf}. */
  public static final class OneOfValidator implements ConstraintValidator<OneOf, String> {
    private List<String> values = List.of();

    @Override
    public void initialize(OneOf annotation) {
      values = List.of(annotation.values());
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      return value == null || values.contains(value);
    }
  }

  /** A validation group that only some calls ask for. */
  interface Strict {}

  record Order(
      @OneOf(values = {"RED", "GREEN"}) String colour,
      @DecimalMin("1") BigDecimal inclusiveMin,
      @DecimalMax(value = "10", inclusive = false) BigDecimal exclusiveMax,
      @DecimalMax("10") BigDecimal inclusiveMax,
      @Min(5) long min,
      @NotNull(message = "{no.such.key}") String unknownKey,
      @NotNull(groups = Strict.class) String strictOnly) {}

  static final MessageBundle TEST = MessageBundle.of(CommandValidatorTest.class,
      "org/aftersales/core/shared/TestMessages");

  @Test
  void each_constraint_reads_with_its_own_attributes_in_both_languages() {
    CommandValidator withTestBundle = new CommandValidator(VALIDATOR, TEST);
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> withTestBundle.validate(
        new Order("BLUE", new BigDecimal("0.5"), BigDecimal.TEN, new BigDecimal("10.5"), 4, null, null)));
    assertEquals(List.of(
            "colour: must be one of RED, GREEN (rejected value: \"BLUE\")",
            "exclusiveMax: must be less than 10 (rejected value: \"10\")",
            "inclusiveMax: must be less than or equal to 10 (rejected value: \"10.5\")",
            "inclusiveMin: must be greater than or equal to 1 (rejected value: \"0.5\")",
            "min: must be greater than or equal to 5 (rejected value: \"4\")",
            "unknownKey: violates the constraint @NotNull ({no.such.key}) (rejected value: \"null\")"),
        e.violations().stream().map(v -> v.render(Locale.ENGLISH)).toList());
    assertEquals("colour：必须是 RED, GREEN 之一（被拒绝的值：“BLUE”）",
        e.violations().get(0).render(Locale.SIMPLIFIED_CHINESE));
    assertEquals("inclusiveMin：必须大于或等于 1（被拒绝的值：“0.5”）",
        e.violations().get(3).render(Locale.SIMPLIFIED_CHINESE));
  }

  @Test
  void a_key_of_another_bundle_is_unknown_unless_that_bundle_is_given() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> validator.validate(
        new Order("BLUE", BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, 5, "x", null)));
    assertEquals("colour: violates the constraint @OneOf ({test.oneOf}) (rejected value: \"BLUE\")",
        e.violations().get(0).render(Locale.ENGLISH));
    assertEquals(1, e.violations().size());
  }

  @Test
  void only_the_constraints_own_attributes_become_arguments() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> validator.validate(
        new RegisterCall("Wang", "123", BigDecimal.ONE, "AB-1", "x")));
    assertEquals(java.util.Map.of("max", "20", "min", "5"), e.violations().get(0).message().arguments());
  }

  @Test
  void groups_choose_which_constraints_are_checked() {
    CommandValidator withTestBundle = new CommandValidator(VALIDATOR, TEST);
    Order order = new Order("RED", BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, 5, "x", null);
    assertSame(order, withTestBundle.validate(order));
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> withTestBundle.validate(order, Strict.class));
    assertEquals(List.of("strictOnly: must not be missing (rejected value: \"null\")"),
        e.violations().stream().map(v -> v.render(Locale.ENGLISH)).toList());
  }

  @Test
  void a_violation_without_a_template_reads_as_its_constraint() {
    // Another provider might report no template; the violation still reads, generically.
    ConstraintViolation<RegisterCall> real = VALIDATOR.validate(
        new RegisterCall("Wang", "123", BigDecimal.ONE, "AB-1", "x")).iterator().next();
    ConstraintViolation<?> noTemplate = (ConstraintViolation<?>) Proxy.newProxyInstance(
        ConstraintViolation.class.getClassLoader(), new Class<?>[] {ConstraintViolation.class},
        (proxy, method, args) -> method.getName().equals("getMessageTemplate")
            ? null : method.invoke(real, args));
    assertEquals(List.of("phone: violates the constraint @Size (null) (rejected value: \"123\")"),
        validator.toViolations(List.of(noTemplate)).stream()
            .map(v -> v.render(Locale.ENGLISH)).toList());
  }
}
