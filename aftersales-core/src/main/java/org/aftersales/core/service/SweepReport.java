package org.aftersales.core.service;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import org.aftersales.core.notification.Notice;

/**
 * What one run of the {@link ServiceLevelSweep} did (巡检结果).
 *
 * @param at the run's instant
 * @param recorded the notices this run recorded (not those another run or node recorded first),
 *     in the order recorded; unmodifiable
 * @param digests the digests this run recorded, one per supervisor at most, by recipient;
 *     unmodifiable
 */
public record SweepReport(Instant at, List<Notice> recorded, List<Notice> digests) {

  /**
   * Checks and copies the fields.
   *
   * @param at the run's instant
   * @param recorded the notices recorded
   * @param digests the digests recorded
   */
  public SweepReport {
    requireNonNull(at, "at");
    recorded = List.copyOf(requireNonNull(recorded, "recorded"));
    digests = List.copyOf(requireNonNull(digests, "digests"));
  }
}
