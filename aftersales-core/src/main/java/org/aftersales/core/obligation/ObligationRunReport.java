package org.aftersales.core.obligation;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import org.aftersales.core.notification.Notice;

/**
 * What one call of the {@link ObligationReminders} recorded (义务提醒运行报告).
 *
 * @param from the window's start as asked (inclusive)
 * @param to the window's end as asked (exclusive)
 * @param at the clock's instant of the call, to the microsecond (nothing after it is issued)
 * @param contractsRead how many contract files were read (for the {@link HandoverReminders} the
 *     handovers, for the {@link PropertyReminders} the sales)
 * @param alreadyRecorded how many notices due in the window were already recorded (by an earlier
 *     call, another node, or a window overlapping this one)
 * @param recorded the notices this call recorded, in the order recorded; unmodifiable
 */
public record ObligationRunReport(Instant from, Instant to, Instant at, int contractsRead,
    int alreadyRecorded, List<Notice> recorded) {

  /**
   * Checks the fields and copies the list.
   *
   * @param from the window's start
   * @param to the window's end
   * @param at the call's instant
   * @param contractsRead files read
   * @param alreadyRecorded notices found recorded
   * @param recorded notices recorded
   */
  public ObligationRunReport {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    requireNonNull(at, "at");
    recorded = List.copyOf(requireNonNull(recorded, "recorded"));
  }
}
