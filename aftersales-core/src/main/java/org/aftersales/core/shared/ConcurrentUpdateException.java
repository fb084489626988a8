package org.aftersales.core.shared;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * Someone else saved the same aggregate first (并发修改冲突): a save expected the stored
 * {@link Version} to be one value and found another (or found nothing). Nothing was written. The
 * caller reloads the aggregate, applies its command again and retries, or reports the conflict.
 */
public final class ConcurrentUpdateException extends AftersalesException {

  private static final long serialVersionUID = 1L;

  /** The aggregate's identifier. */
  private final String id;
  /** The version the caller expected. */
  private final Version expected;
  /** The stored version, or {@code null} if nothing is stored. */
  private final Version actual;

  /**
   * Creates the exception.
   *
   * @param kind what was saved, in both languages (e.g. "complaint case / 投诉案件")
   * @param id the aggregate's identifier, as text
   * @param expected the version the caller expected to be stored
   * @param actual the version actually stored, or {@code null} if nothing is stored under
   *     {@code id}
   */
  public ConcurrentUpdateException(
      LocalizableMessage kind, String id, Version expected, Version actual) {
    super(actual == null
        ? MessageBundle.CORE.message("core.error.concurrentUpdate.missing",
            "kind", requireNonNull(kind, "kind"), "id", requireNonNull(id, "id"),
            "expected", requireNonNull(expected, "expected"))
        : MessageBundle.CORE.message("core.error.concurrentUpdate",
            "kind", requireNonNull(kind, "kind"), "id", requireNonNull(id, "id"),
            "expected", requireNonNull(expected, "expected"), "actual", actual));
    this.id = id;
    this.expected = expected;
    this.actual = actual;
  }

  /**
   * The aggregate's identifier.
   *
   * @return the identifier as text
   */
  public String id() {
    return id;
  }

  /**
   * The version the caller expected to be stored.
   *
   * @return the expected version
   */
  public Version expected() {
    return expected;
  }

  /**
   * The version actually stored.
   *
   * @return the stored version, or empty if nothing is stored under {@link #id()}
   */
  public Optional<Version> actual() {
    return Optional.ofNullable(actual);
  }
}
