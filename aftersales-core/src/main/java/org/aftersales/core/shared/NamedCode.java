package org.aftersales.core.shared;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Base class of open code lists (代码): values identified by a short code, with a display name in
 * English and Chinese, where the library ships the seed's values as constants and an adopter may
 * add its own (a milestone, a service zone).
 *
 * <p>A code is 1 to 40 capital letters, digits, {@code _} or {@code -}. Two values are equal if
 * they are of the same class and have the same code; the display name does not take part.
 * Subclasses are final, immutable and thread-safe.
 *
 * @param <T> the concrete type
 */
public abstract class NamedCode<T extends NamedCode<T>> implements Comparable<T>, Serializable {

  private static final long serialVersionUID = 1L;

  private static final Pattern CODE = Pattern.compile("[A-Z0-9_-]{1,40}");

  /** The code. */
  private final String code;
  /** The display name in both languages. */
  private final LocalizableMessage displayName;

  /**
   * Validates and stores the code and name.
   *
   * @param code the code
   * @param displayName the name shown to people
   * @throws InvalidInputException if the code is malformed; the path is the subclass's simple name
   */
  protected NamedCode(String code, LocalizableMessage displayName) {
    requireNonNull(code, "code");
    if (!CODE.matcher(code).matches()) {
      throw InvalidInputException.of(getClass().getSimpleName(),
          MessageBundle.CORE.message("core.code.malformed"), code);
    }
    this.code = code;
    this.displayName = requireNonNull(displayName, "displayName");
  }

  /**
   * The code, e.g. {@code ARRIVAL_ON_SITE}.
   *
   * @return the code
   */
  public final String code() {
    return code;
  }

  /**
   * The name shown to people, in English and Chinese.
   *
   * @return the display name
   */
  public final LocalizableMessage displayName() {
    return displayName;
  }

  /**
   * Orders values by code.
   *
   * @param other a value of the same type
   * @return negative, zero or positive
   */
  @Override
  public final int compareTo(T other) {
    return code.compareTo(other.code());
  }

  /**
   * Equal if of the same class with the same code.
   *
   * @param o the object to compare with
   * @return true if equal
   */
  @Override
  public final boolean equals(Object o) {
    return o instanceof NamedCode<?> that && that.getClass() == getClass() && that.code.equals(code);
  }

  @Override
  public final int hashCode() {
    return Objects.hash(getClass(), code);
  }

  /**
   * The code.
   *
   * @return {@link #code()}
   */
  @Override
  public final String toString() {
    return code;
  }
}
