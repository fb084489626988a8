package org.aftersales.core.shared;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Jakarta constraint: the text is plain text a database stores as is and a log shows as it is
 * (纯文本) — the free-text policy of {@link TextRules}: no NUL or other control characters except
 * tab, line feed and carriage return, no bidi controls, no unpaired surrogates, no noncharacters.
 * Length is checked separately ({@code @Size}). {@code null} is valid (combine with
 * {@code @NotNull} or {@code @NotBlank}). Checked by {@link PlainTextValidator}; the commands of
 * the library's use cases carry it on every free-text field, so that such text is refused before
 * anything is numbered or stored.
 */
@Documented
@Constraint(validatedBy = PlainTextValidator.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface PlainText {

  /**
   * The message key, looked up in the library's bundles by {@link CommandValidator}.
   *
   * @return the key in braces
   */
  String message() default "{core.validation.PlainText}";

  /**
   * Validation groups.
   *
   * @return the groups
   */
  Class<?>[] groups() default {};

  /**
   * Payload.
   *
   * @return the payload
   */
  Class<? extends Payload>[] payload() default {};
}
