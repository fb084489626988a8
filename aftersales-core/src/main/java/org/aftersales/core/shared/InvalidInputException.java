package org.aftersales.core.shared;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * The input breaks one or more constraints (输入无效). Carries every {@link Violation} found, sorted
 * (see {@link Violation#compareTo(Violation)}), so a caller can show them all at once. Nothing was
 * stored or changed.
 */
public final class InvalidInputException extends AftersalesException {

  private static final long serialVersionUID = 1L;

  /** The violations, sorted. */
  private final ImmutableList<Violation> violations;

  /**
   * Creates the exception.
   *
   * @param violations what is wrong; at least one; copied and sorted
   * @throws IllegalArgumentException if {@code violations} is empty
   */
  public InvalidInputException(Collection<Violation> violations) {
    this(sorted(violations));
  }

  private InvalidInputException(ImmutableList<Violation> violations) {
    super(MessageBundle.CORE.message("core.error.invalidInput", "count", violations.size()));
    this.violations = violations;
  }

  /**
   * An exception for a single violation.
   *
   * @param path the property path, or {@code ""} for the whole input
   * @param message what is wrong
   * @param rejectedValue the value that was rejected; {@code null} is shown as {@code null}
   * @return the exception, to be thrown by the caller
   */
  public static InvalidInputException of(
      String path, LocalizableMessage message, Object rejectedValue) {
    return new InvalidInputException(ImmutableList.of(Violation.of(path, message, rejectedValue)));
  }

  /**
   * An exception for a single violation without a rejected value.
   *
   * @param path the property path, or {@code ""} for the whole input
   * @param message what is wrong
   * @return the exception, to be thrown by the caller
   */
  public static InvalidInputException of(String path, LocalizableMessage message) {
    return new InvalidInputException(ImmutableList.of(Violation.of(path, message)));
  }

  private static ImmutableList<Violation> sorted(Collection<Violation> violations) {
    requireNonNull(violations, "violations");
    checkArgument(!violations.isEmpty(), "at least one violation is required");
    return ImmutableList.sortedCopyOf(violations);
  }

  /**
   * What is wrong, sorted by path, message key and rejected value.
   *
   * @return the violations; never empty; unmodifiable
   */
  public List<Violation> violations() {
    return violations;
  }

  /**
   * A header followed by every violation, separated by {@code "; "}, e.g.
   * {@code "Invalid input (1 problem): amount: must not be negative (rejected value: -1)"}.
   *
   * @param locale the reader's locale
   * @return the text in that language
   */
  @Override
  public String getMessage(Locale locale) {
    StringBuilder text = new StringBuilder(localizableMessage().render(locale));
    String separator = " ";
    for (Violation violation : violations) {
      text.append(separator).append(violation.render(locale));
      separator = "; ";
    }
    return text.toString();
  }
}
