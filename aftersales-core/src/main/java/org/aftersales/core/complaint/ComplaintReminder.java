package org.aftersales.core.complaint;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedMap;
import java.time.Instant;
import java.util.SortedMap;
import org.aftersales.core.notification.Delivery;
import org.aftersales.core.notification.Notice;
import org.aftersales.core.notification.NoticeKey;
import org.aftersales.core.notification.NoticeKind;
import org.aftersales.core.notification.Recipient;

/**
 * A reminder due for a complaint case (应发的催办或洽办), CMP-19, as derived by the
 * {@link ComplaintReminderWatch}: an urge (催办单, {@link NoticeKind#URGE}) at a level of the
 * ladder, or an inquiry (洽办单, {@link NoticeKind#INQUIRY}); the {@link ComplaintReminders} record
 * it as a notice unless its key is recorded.
 *
 * @param key the notice's deterministic key
 * @param kind {@link NoticeKind#URGE} or {@link NoticeKind#INQUIRY}
 * @param recipient the department or person it goes to
 * @param level 0 for the urge to the department itself (and for an inquiry), else the ladder's
 *     level
 * @param parameters the notice's plain values, sorted by name; unmodifiable
 */
public record ComplaintReminder(NoticeKey key, NoticeKind kind, Recipient recipient, int level,
    SortedMap<String, Object> parameters) {

  /**
   * Checks the fields and copies the parameters.
   *
   * @param key the key
   * @param kind the kind
   * @param recipient to whom
   * @param level the level, 0 or more
   * @param parameters the plain values
   */
  public ComplaintReminder {
    requireNonNull(key, "key");
    requireNonNull(kind, "kind");
    requireNonNull(recipient, "recipient");
    parameters = ImmutableSortedMap.copyOfSorted(requireNonNull(parameters, "parameters"));
  }

  /**
   * The notice, derived at {@code at}: {@link Delivery#IN_DIGEST}, so its recipient gets it listed
   * in one digest per run rather than one message per case.
   *
   * @param at the run's instant
   * @return the notice
   */
  public Notice notice(Instant at) {
    return new Notice(key, kind, recipient, Delivery.IN_DIGEST, at, parameters);
  }
}
