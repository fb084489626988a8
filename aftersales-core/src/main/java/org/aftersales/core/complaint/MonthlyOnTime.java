package org.aftersales.core.complaint;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.aftersales.core.servicelevel.Milestone;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.MessageBundle;

/**
 * The on-time rate of one step (各步骤准时率) in the monthly complaint statistics, CMP-11: of the
 * routing-form entries of {@code step} in the cases closed in the month, how many ended within
 * their budget (CMP-05). For {@link Milestone#COMPLAINT_CLOSURE} it is the overall rate: of the
 * cases closed, how many within the closing limit from acceptance (CMP-06).
 *
 * <p>The counts are the exact fraction {@code onTime / entries}; {@link #rate()} is it rounded for
 * display.
 *
 * @param step the step, or {@link Milestone#COMPLAINT_CLOSURE} for the overall rate
 * @param onTime the entries (cases) on time, 0 to {@code entries}
 * @param entries the entries (cases) counted, 0 or more
 */
public record MonthlyOnTime(Milestone step, int onTime, int entries) {

  /** The decimal places of {@link #rate()}: 4 (e.g. {@code 0.6667}), rounded half-even. */
  public static final int RATE_SCALE = 4;

  /**
   * Checks the counts.
   *
   * @param step the step
   * @param onTime the entries on time
   * @param entries the entries counted
   * @throws InvalidInputException (path {@code onTime}) if a count is negative or more entries
   *     are on time than counted
   */
  public MonthlyOnTime {
    requireNonNull(step, "step");
    if (onTime < 0 || onTime > entries) {
      throw InvalidInputException.of("onTime", MessageBundle.CORE.message(
          "core.complaintstats.onTimeCounts", "entries", entries), onTime);
    }
  }

  /**
   * The entries that were late.
   *
   * @return {@code entries - onTime}
   */
  public int late() {
    return entries - onTime;
  }

  /**
   * The on-time rate {@code onTime / entries}, rounded half-even to {@value #RATE_SCALE} decimal
   * places (a fraction, not a percentage: {@code 0.6667} for 2 of 3).
   *
   * @return the rate, empty when nothing was counted (no rate rather than a made-up 0 or 1)
   */
  public Optional<BigDecimal> rate() {
    if (entries == 0) {
      return Optional.empty();
    }
    return Optional.of(BigDecimal.valueOf(onTime)
        .divide(BigDecimal.valueOf(entries), RATE_SCALE, RoundingMode.HALF_EVEN));
  }
}
