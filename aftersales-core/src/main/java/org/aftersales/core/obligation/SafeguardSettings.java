package org.aftersales.core.obligation;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.List;
import org.aftersales.core.notification.Recipient;
import org.aftersales.core.notification.RecipientRole;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.MessageBundle;

/**
 * How the {@link SafeguardReminders} run warns (安全备份提醒设置): to whom, how long before a
 * planned change's window a missing customer notice is reminded (CON-07), how long after the
 * backup interval a missing backup is reminded (CON-08), and the page size. Immutable and
 * thread-safe.
 *
 * @param recipients who gets the reminders, at least one
 * @param changeNoticeLead how long before a change window's start a missing notice is reminded;
 *     positive
 * @param backupGrace how long past the backup interval ({@code BackupTerms.interval()}) before a
 *     missing backup is reminded; zero or positive
 * @param pageSize how many records one read takes, at least 1
 */
public record SafeguardSettings(List<Recipient> recipients, Duration changeNoticeLead,
    Duration backupGrace, int pageSize) {

  /**
   * The seed's lead of a missing change notice: one day (a choice; the seed asks for the notice
   * "beforehand", 事先, without a number).
   */
  public static final Duration SEED_CHANGE_NOTICE_LEAD = Duration.ofDays(1);

  /**
   * Validates the settings.
   *
   * @param recipients who gets the reminders
   * @param changeNoticeLead the lead of a missing change notice
   * @param backupGrace the grace past the backup interval
   * @param pageSize the page size
   * @throws InvalidInputException if there is no recipient, the lead is not positive, the grace
   *     negative or the page size less than 1
   */
  public SafeguardSettings {
    recipients = List.copyOf(requireNonNull(recipients, "recipients"));
    requireNonNull(changeNoticeLead, "changeNoticeLead");
    requireNonNull(backupGrace, "backupGrace");
    if (recipients.isEmpty()) {
      throw InvalidInputException.of("recipients", MessageBundle.CORE.message(
          "core.contract.noRecipients", "kind", "SAFEGUARD"));
    }
    if (changeNoticeLead.isNegative() || changeNoticeLead.isZero()) {
      throw InvalidInputException.of("changeNoticeLead",
          MessageBundle.CORE.message("core.reminder.notPositive"), changeNoticeLead);
    }
    if (backupGrace.isNegative()) {
      throw InvalidInputException.of("backupGrace",
          MessageBundle.CORE.message("core.handover.negativePeriod"), backupGrace);
    }
    ObligationSettings.requirePageSize(pageSize);
  }

  /**
   * The seed's settings: to the after-sales lead ({@link RecipientRole#AFTER_SALES_LEAD}; P8 §3:
   * 售后服务组 supervises changes and keeps the backups), a missing change notice one day before
   * the window, a missing backup as soon as the interval has passed, pages of
   * {@value ObligationSettings#DEFAULT_PAGE_SIZE}.
   *
   * @return the settings
   */
  public static SafeguardSettings seed() {
    return new SafeguardSettings(List.of(Recipient.role(RecipientRole.AFTER_SALES_LEAD)),
        SEED_CHANGE_NOTICE_LEAD, Duration.ZERO, ObligationSettings.DEFAULT_PAGE_SIZE);
  }

  /**
   * These settings with other recipients.
   *
   * @param who at least one
   * @return the new settings
   * @throws InvalidInputException if {@code who} is empty
   */
  public SafeguardSettings withRecipients(List<Recipient> who) {
    return new SafeguardSettings(who, changeNoticeLead, backupGrace, pageSize);
  }

  /**
   * These settings with another lead and grace.
   *
   * @param lead the lead of a missing change notice, positive
   * @param grace the grace past the backup interval, zero or positive
   * @return the new settings
   * @throws InvalidInputException if a value is out of range
   */
  public SafeguardSettings withTimes(Duration lead, Duration grace) {
    return new SafeguardSettings(recipients, lead, grace, pageSize);
  }

  /**
   * These settings with another page size.
   *
   * @param size at least 1
   * @return the new settings
   * @throws InvalidInputException if it is less than 1
   */
  public SafeguardSettings withPageSize(int size) {
    return new SafeguardSettings(recipients, changeNoticeLead, backupGrace, size);
  }
}
