package org.aftersales.core.shared;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Base class of the library's typed identifiers (标识): an opaque text chosen by the embedding
 * system (a database key, a UUID, an ERP document number), wrapped in a type per kind of thing so
 * that identifiers of different kinds can never be mixed up.
 *
 * <p>A valid identifier is 1 to {@value #MAX_LENGTH} characters long, contains no control
 * characters and neither starts nor ends with white space. Identifiers are compared by their text
 * (case-sensitive, {@link String#compareTo(String)} order); identifiers of different subclasses are
 * never equal. Subclasses are final, immutable and thread-safe.
 *
 * @param <T> the concrete identifier type
 */
public abstract class Identifier<T extends Identifier<T>> implements Comparable<T>, Serializable {

  private static final long serialVersionUID = 1L;

  /** The longest identifier, in UTF-16 characters. */
  public static final int MAX_LENGTH = 128;

  /** The identifier's text. */
  private final String value;

  /**
   * Validates and wraps {@code value}.
   *
   * @param value the identifier's text
   * @throws InvalidInputException if the text is blank, too long, has control characters or
   *     surrounding white space; the violation's path is the subclass's simple name
   */
  protected Identifier(String value) {
    requireNonNull(value, "value");
    List<Violation> violations = violations(getClass().getSimpleName(), value);
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    this.value = value;
  }

  private static List<Violation> violations(String path, String value) {
    List<Violation> found = new ArrayList<>(2);
    if (value.isBlank()) {
      found.add(Violation.of(path, MessageBundle.CORE.message("core.identifier.blank"), value));
      return found;
    }
    if (value.length() > MAX_LENGTH) {
      found.add(Violation.of(path, MessageBundle.CORE.message("core.identifier.tooLong",
          "max", MAX_LENGTH, "length", value.length()), value));
    }
    if (value.chars().anyMatch(Character::isISOControl)) {
      found.add(Violation.of(path, MessageBundle.CORE.message("core.identifier.control"), value));
    }
    if (Character.isWhitespace(value.charAt(0))
        || Character.isWhitespace(value.charAt(value.length() - 1))) {
      found.add(Violation.of(path, MessageBundle.CORE.message("core.identifier.whitespace"),
          value));
    }
    return ImmutableList.copyOf(found);
  }

  /**
   * The identifier's text, exactly as given.
   *
   * @return the text
   */
  public final String value() {
    return value;
  }

  /**
   * Orders identifiers of one type by their text.
   *
   * @param other an identifier of the same type
   * @return negative, zero or positive as this sorts before, with or after {@code other}
   */
  @Override
  public final int compareTo(T other) {
    return value.compareTo(other.value());
  }

  /**
   * Identifiers are equal if they are of the same class and have the same text.
   *
   * @param other the object to compare with
   * @return true if equal
   */
  @Override
  public final boolean equals(Object other) {
    return other instanceof Identifier<?> that && that.getClass() == getClass()
        && that.value.equals(value);
  }

  @Override
  public final int hashCode() {
    return Objects.hash(getClass(), value);
  }

  /**
   * The identifier's text.
   *
   * @return {@link #value()}
   */
  @Override
  public final String toString() {
    return value;
  }
}
