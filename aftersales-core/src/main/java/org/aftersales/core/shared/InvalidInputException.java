package org.aftersales.core.shared;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
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

  /**
   * How many violations {@link #getMessage()} and {@link #getMessage(Locale)} list at most; the
   * others are counted ("and 5 more"). {@link #getMessage(Locale, int)} takes another bound.
   */
  public static final int MAX_LISTED_VIOLATIONS = 10;

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

  /**
   * Creates the exception for a value whose builder was asked to build before every required
   * attribute was given: one violation per missing attribute, whose path is the attribute's name
   * and whose message says, in both languages, that it must be given. The builders of the
   * library's wide value types throw this from {@code build()} instead of the English-only
   * {@link IllegalStateException} their code generator would throw (it calls this constructor);
   * an application has no reason to.
   *
   * @param missingAttributes the names of the required attributes that were not set; at least one
   * @throws IllegalArgumentException if no name is given
   */
  public InvalidInputException(String... missingAttributes) {
    this(missing(missingAttributes));
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

  private static ImmutableList<Violation> missing(String... missingAttributes) {
    requireNonNull(missingAttributes, "missingAttributes");
    List<Violation> violations = new ArrayList<>(missingAttributes.length);
    for (String attribute : missingAttributes) {
      violations.add(Violation.of(requireNonNull(attribute, "attribute"),
          MessageBundle.CORE.message("core.input.missing")));
    }
    return sorted(violations);
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
   * A header with the number of violations, followed by the first
   * {@value #MAX_LISTED_VIOLATIONS} of them, separated by {@code "; "}, and, if there are more,
   * how many were left out; e.g.
   * {@code "Invalid input (1 problem(s)): amount: must not be negative (rejected value: "-1")"}.
   * The whole list is always available from {@link #violations()}.
   *
   * @param locale the reader's locale
   * @return the text in that language
   */
  @Override
  public String getMessage(Locale locale) {
    return getMessage(locale, MAX_LISTED_VIOLATIONS);
  }

  /**
   * A header with the number of violations, followed by the first {@code maxListed} of them,
   * separated by {@code "; "}, and, if there are more, {@code "; and K more"} (in the reader's
   * language). Bounds the length of a log line or an error response however many violations a
   * large input has; the whole list is always available from {@link #violations()}.
   *
   * @param locale the reader's locale
   * @param maxListed how many violations to list at most; 0 gives the header and the count only
   * @return the text in that language
   * @throws IllegalArgumentException if {@code maxListed} is negative
   */
  public String getMessage(Locale locale, int maxListed) {
    requireNonNull(locale, "locale");
    checkArgument(maxListed >= 0, "maxListed must not be negative, was %s", maxListed);
    StringBuilder text = new StringBuilder(localizableMessage().render(locale));
    String separator = " ";
    int listed = Math.min(maxListed, violations.size());
    for (Violation violation : violations.subList(0, listed)) {
      text.append(separator).append(violation.render(locale));
      separator = "; ";
    }
    if (listed < violations.size()) {
      text.append(separator).append(MessageBundle.CORE
          .message("core.error.invalidInput.more", "count", violations.size() - listed)
          .render(locale));
    }
    return text.toString();
  }
}
