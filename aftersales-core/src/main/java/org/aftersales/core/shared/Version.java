package org.aftersales.core.shared;

import java.io.Serializable;

/**
 * The version of a stored aggregate, for optimistic concurrency (版本号).
 *
 * <p>An aggregate that has never been stored has version {@link #initial() 0}. Every successful
 * save stores the aggregate with the next version ({@link #next()}), and a save succeeds only if the
 * version it expects is the one stored; otherwise the repository throws
 * {@link ConcurrentUpdateException} and writes nothing. Versions therefore count the saves of one
 * aggregate: 1 after the first, 2 after the second, and so on.
 *
 * <p>Immutable and thread-safe; equal versions have equal {@link #value()}.
 */
public final class Version implements Comparable<Version>, Serializable {

  private static final long serialVersionUID = 1L;

  private static final Version INITIAL = new Version(0);

  /** The number of saves. */
  private final long value;

  private Version(long value) {
    this.value = value;
  }

  /**
   * The version of an aggregate that has never been stored.
   *
   * @return version 0
   */
  public static Version initial() {
    return INITIAL;
  }

  /**
   * The version with the given number, e.g. as read from a database column.
   *
   * @param value the number of saves so far; zero or more
   * @return the version
   * @throws InvalidInputException if {@code value} is negative
   */
  public static Version of(long value) {
    if (value < 0) {
      throw InvalidInputException.of("version",
          MessageBundle.CORE.message("core.version.negative"), value);
    }
    return new Version(value);
  }

  /**
   * The number of saves so far.
   *
   * @return zero or more
   */
  public long value() {
    return value;
  }

  /**
   * Whether the aggregate has never been stored.
   *
   * @return true for version 0
   */
  public boolean isInitial() {
    return value == 0;
  }

  /**
   * The version a successful save of this version stores.
   *
   * @return this version plus one
   * @throws ArithmeticException after {@link Long#MAX_VALUE} saves
   */
  public Version next() {
    return new Version(Math.addExact(value, 1));
  }

  /**
   * Orders versions by number.
   *
   * @param other the version to compare with
   * @return negative, zero or positive as this is older than, equal to or newer than {@code other}
   */
  @Override
  public int compareTo(Version other) {
    return Long.compare(value, other.value);
  }

  /**
   * Versions are equal if their numbers are equal.
   *
   * @param other the object to compare with
   * @return true if equal
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof Version that && that.value == value;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(value);
  }

  /**
   * The number, e.g. {@code "3"}.
   *
   * @return the decimal number
   */
  @Override
  public String toString() {
    return Long.toString(value);
  }
}
