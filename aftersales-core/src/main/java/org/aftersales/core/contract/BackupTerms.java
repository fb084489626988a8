package org.aftersales.core.contract;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Period;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.MessageBundle;

/**
 * The terms of the backup obligation (备份, CON-08, P8 §3(3)): anything changed or lost within
 * the {@code window} (数据在两个月内有变化或者丢失) must be recoverable; a backup is kept for the
 * {@code retention}; backups are expected every {@code interval} (the seed gives none: daily is
 * the default). Months are calendar months in the business zone, clamped to the month's last
 * day. Immutable and thread-safe.
 *
 * @param window how far back recoverability is promised; positive
 * @param retention how long a backup is kept; positive
 * @param interval the expected time between two backups; positive
 */
public record BackupTerms(Period window, Period retention, Duration interval) {

  /**
   * Validates the terms.
   *
   * @param window how far back recoverability is promised
   * @param retention how long a backup is kept
   * @param interval the expected time between two backups
   * @throws InvalidInputException if a period is zero or has a negative unit, or the interval is
   *     not positive
   */
  public BackupTerms {
    requirePositive(window, "window");
    requirePositive(retention, "retention");
    requireNonNull(interval, "interval");
    if (interval.isNegative() || interval.isZero()) {
      throw InvalidInputException.of("interval",
          MessageBundle.CORE.message("core.backup.notPositive"), interval);
    }
  }

  /**
   * The seed's terms: a two-month window (P8 §3(3)), backups kept for the same two months, and
   * a daily interval (an assumption: the seed names no interval).
   *
   * @return two months, two months, one day
   */
  public static BackupTerms seed() {
    return new BackupTerms(Period.ofMonths(2), Period.ofMonths(2), Duration.ofDays(1));
  }

  private static void requirePositive(Period period, String path) {
    HandoverTerms.requireNotNegative(period, path);
    if (period.isZero()) {
      throw InvalidInputException.of(path,
          MessageBundle.CORE.message("core.backup.notPositive"), period);
    }
  }
}
