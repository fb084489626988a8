package org.aftersales.core.complaint;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import org.aftersales.core.notification.RecipientRole;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.MessageBundle;

/**
 * One level of the complaint reminders' escalation ladder (催办升级级别), CMP-19: an urge
 * (催办单) still unanswered {@link #workingDaysOverdue()} working days after the due instant of
 * what it urges is escalated to {@link #role()}, once.
 *
 * @param level the level's number, from 1
 * @param workingDaysOverdue how long after the due instant, in working days of the calendar the
 *     overdue target is counted on (½ is half of that calendar's working day, e.g. 3 h 45 min of a
 *     7 h 30 min day), zero or more
 * @param role to whom the escalated urge goes
 */
public record ComplaintReminderLevel(int level, BigDecimal workingDaysOverdue,
    RecipientRole role) {

  /**
   * Checks the fields.
   *
   * @param level the level's number, from 1
   * @param workingDaysOverdue working days after the due instant, zero or more
   * @param role to whom
   * @throws InvalidInputException if the level is less than 1 (path {@code level}) or the working
   *     days are negative (path {@code workingDaysOverdue})
   */
  public ComplaintReminderLevel {
    requireNonNull(workingDaysOverdue, "workingDaysOverdue");
    requireNonNull(role, "role");
    if (level < 1) {
      throw InvalidInputException.of("level", MessageBundle.CORE.message(
          "jakarta.validation.constraints.Min.message", "value", 1), level);
    }
    if (workingDaysOverdue.signum() < 0) {
      throw InvalidInputException.of("workingDaysOverdue",
          MessageBundle.CORE.message("core.reminder.negativeDays"), workingDaysOverdue);
    }
  }
}
