package org.aftersales.core.contract;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * One reminder of a {@link PropertySale} (房产售后提醒, CON-09): what, when it is due, and a key
 * that names it deterministically — {@code <contract>/CON-09/<kind code>/<occurrence>}, the
 * occurrence counting from 1 (the instalment's number; 1 for the move-in notice and the title
 * documents) — so that a use case can record that it was issued exactly once. Immutable and
 * thread-safe.
 *
 * @param kind what the reminder is about
 * @param due the due date, a calendar day in the business zone
 * @param key the reminder's key
 */
public record PropertyReminder(PropertyReminderKind kind, LocalDate due, String key) {

  /**
   * Checks that nothing is missing.
   *
   * @param kind what
   * @param due when
   * @param key the key
   */
  public PropertyReminder {
    requireNonNull(kind, "kind");
    requireNonNull(due, "due");
    requireNonNull(key, "key");
  }
}
