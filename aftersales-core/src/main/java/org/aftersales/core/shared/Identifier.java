package org.aftersales.core.shared;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.Objects;

/**
 * Base class of the library's typed identifiers (标识): an opaque text chosen by the embedding
 * system (a database key, a UUID, an ERP document number), wrapped in a type per kind of thing so
 * that identifiers of different kinds can never be mixed up.
 *
 * <p>A valid identifier is identifier text of 1 to {@value #MAX_LENGTH} code points (see
 * {@link TextRules#requireIdentifierText(String, String, int)}): no control, bidi, zero-width or
 * other invisible format characters, no unpaired surrogates or noncharacters, and no white space
 * at either end. Identifiers are compared by their text
 * (case-sensitive, {@link String#compareTo(String)} order); identifiers of different subclasses are
 * never equal. Subclasses are final, immutable and thread-safe.
 *
 * @param <T> the concrete identifier type
 */
public abstract class Identifier<T extends Identifier<T>> implements Comparable<T>, Serializable {

  private static final long serialVersionUID = 1L;

  /** The longest identifier, in code points (a supplementary character counts once). */
  public static final int MAX_LENGTH = 128;

  /** The identifier's text. */
  private final String value;

  /**
   * Validates and wraps {@code value}.
   *
   * @param value the identifier's text
   * @throws InvalidInputException if the text is not identifier text of at most
   *     {@value #MAX_LENGTH} code points (see {@link TextRules}); the violations' path is the
   *     subclass's simple name
   */
  protected Identifier(String value) {
    requireNonNull(value, "value");
    this.value = TextRules.requireIdentifierText(getClass().getSimpleName(), value, MAX_LENGTH);
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
