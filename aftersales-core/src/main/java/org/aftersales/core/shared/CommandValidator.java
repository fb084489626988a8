package org.aftersales.core.shared;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Validates commands at the use-case boundary with the application's
 * {@link jakarta.validation.Validator} and reports every problem at once as an
 * {@link InvalidInputException} with sorted {@link Violation}s.
 *
 * <p><b>Messages never go through the validator's interpolation.</b> A constraint's message
 * template of the form {@code {some.key}} is looked up as a key in the library's own bundles
 * ({@link MessageBundle#CORE} and those passed to the constructor); the core bundle carries English
 * and Chinese texts for every standard {@code jakarta.validation.constraints} annotation; a
 * {@link PlainText} violation gets the {@link TextRules} message, which names the offending
 * character by its code point (e.g. U+202E) and its position, and a {@link SupportedInstant} violation
 * {@link SupportedTime}'s, which names the range. The
 * constraint's attributes ({@code min}, {@code max}, {@code value}, …) become the message's
 * arguments ({@code DecimalMin}/{@code DecimalMax} with {@code inclusive = false} use the key
 * followed by {@code .exclusive} where the bundle has it). A template that is not a single known key is shown literally as an argument of a
 * generic message. So the library needs no {@code ValidationMessages.properties} of its own (and
 * never clashes with the application's), and neither user input nor templates are ever evaluated
 * as expressions; the validator may use Hibernate Validator's
 * {@code ParameterMessageInterpolator} and run without an expression-language implementation.
 *
 * <p>Thread-safe if the validator is (Jakarta validators are).
 */
public final class CommandValidator {

  private static final Pattern SINGLE_KEY = Pattern.compile("\\{([A-Za-z0-9_.]+)}");
  private static final Set<String> NOT_ARGUMENTS = Set.of("message", "groups", "payload");

  private final Validator validator;
  private final List<MessageBundle> bundles;

  /**
   * Creates a validator that looks message keys up in the core bundle and then in
   * {@code extraBundles}, in that order.
   *
   * @param validator the application's Jakarta validator
   * @param extraBundles bundles of other modules whose keys constraints may name
   */
  public CommandValidator(Validator validator, MessageBundle... extraBundles) {
    this.validator = requireNonNull(validator, "validator");
    this.bundles = ImmutableList.<MessageBundle>builder()
        .add(MessageBundle.CORE).add(extraBundles).build();
  }

  /**
   * Validates {@code command} and returns it unchanged if it satisfies every constraint.
   *
   * @param command the command
   * @param groups the validation groups; none means the default group
   * @param <T> the command type
   * @return {@code command}
   * @throws InvalidInputException listing every violation, sorted, if there is any
   */
  public <T> T validate(T command, Class<?>... groups) {
    requireNonNull(command, "command");
    Set<ConstraintViolation<T>> found = validator.validate(command, groups);
    if (!found.isEmpty()) {
      throw new InvalidInputException(toViolations(found));
    }
    return command;
  }

  /**
   * Converts Jakarta constraint violations into the library's violations (unsorted).
   *
   * @param constraintViolations the violations reported by a validator
   * @return one violation each, with the property path, the message from the library's bundles and
   *     the rejected value
   */
  public List<Violation> toViolations(Collection<? extends ConstraintViolation<?>> constraintViolations) {
    List<Violation> violations = new ArrayList<>(constraintViolations.size());
    for (ConstraintViolation<?> cv : constraintViolations) {
      String path = cv.getPropertyPath().toString();
      List<Violation> precise = librarysOwn(path, cv);
      if (precise.isEmpty()) {
        violations.add(Violation.of(path, message(cv), cv.getInvalidValue()));
      } else {
        violations.addAll(precise);
      }
    }
    return violations;
  }

  /**
   * For the library's own constraints, the violations of the check behind them, whose messages say
   * more than the constraint's key can (the character and its position, the supported range);
   * empty for any other constraint.
   */
  private static List<Violation> librarysOwn(String path, ConstraintViolation<?> cv) {
    Object constraint = cv.getConstraintDescriptor().getAnnotation();
    Object value = cv.getInvalidValue();
    if (constraint instanceof PlainText && value instanceof CharSequence text) {
      return TextRules.freeTextViolations(path, text.toString(), Integer.MAX_VALUE);
    }
    if (constraint instanceof SupportedInstant && value instanceof java.time.Instant instant) {
      try {
        SupportedTime.require(instant, path);
      } catch (InvalidInputException outside) {
        return outside.violations();
      }
    }
    return List.of();
  }

  private LocalizableMessage message(ConstraintViolation<?> cv) {
    String template = cv.getMessageTemplate();
    Matcher m = SINGLE_KEY.matcher(template == null ? "" : template);
    if (m.matches()) {
      Map<String, Object> attributes = cv.getConstraintDescriptor().getAttributes();
      // DecimalMin/DecimalMax(inclusive = false) read differently; their texts have a variant.
      boolean exclusive = Boolean.FALSE.equals(attributes.get("inclusive"));
      for (MessageBundle bundle : bundles) {
        if (exclusive && bundle.contains(m.group(1) + ".exclusive")) {
          return bundle.message(m.group(1) + ".exclusive", arguments(attributes));
        }
        if (bundle.contains(m.group(1))) {
          return bundle.message(m.group(1), arguments(attributes));
        }
      }
    }
    return MessageBundle.CORE.message("core.validation.constraint",
        "constraint", cv.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName(),
        "template", String.valueOf(template));
  }

  private static Object[] arguments(Map<String, Object> attributes) {
    List<Object> namesAndValues = new ArrayList<>();
    new TreeMap<>(attributes).forEach((name, value) -> {
      if (!NOT_ARGUMENTS.contains(name)) {
        namesAndValues.add(name);
        namesAndValues.add(value != null && value.getClass().isArray() ? asList(value) : value);
      }
    });
    return namesAndValues.toArray();
  }

  private static List<Object> asList(Object array) {
    List<Object> elements = new ArrayList<>();
    for (int i = 0; i < Array.getLength(array); i++) {
      elements.add(Array.get(array, i));
    }
    return elements;
  }
}
