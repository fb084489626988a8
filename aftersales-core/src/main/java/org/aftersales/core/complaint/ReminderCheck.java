package org.aftersales.core.complaint;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;
import org.aftersales.core.numbering.DocumentNumber;
import org.aftersales.core.shared.TimePrecision;
import org.aftersales.core.shared.Version;

/**
 * When a stored complaint case next needs a reminder check (下次催办检查), CMP-19: written by the
 * {@link ComplaintReminders} through {@link Complaints#scheduleReminderChecks} after a run has
 * recorded everything due for the case, kept by the repository beside the case (not part of it,
 * not changing its version) and honoured only while the case is still at {@link #version()}.
 *
 * <p>A run at {@code at} finds the case due when it was saved since its last check, or when
 * {@code at} is <b>strictly after</b> the instant of {@link #next()} (the watch's notices fire
 * strictly after their thresholds, so a run exactly at the threshold must still find nothing new
 * and a run after it must find the case). {@link #never(DocumentNumber, Version)}: nothing can
 * become due until the case changes (a save makes it due at once again).
 *
 * <p>The instant is kept in whole microseconds, rounded toward the past (a check a fraction of a
 * microsecond early finds nothing and reschedules; one late could miss a notice), so any storage
 * of the library's precision keeps it exactly.
 *
 * @param number the case's number
 * @param version the stored version the check was derived from
 * @param instant the threshold after which the case is due again; for {@link #never} a private
 *     sentinel: read {@link #next()} instead
 */
public record ReminderCheck(DocumentNumber number, Version version, Instant instant) {

  /** "Never": no instant of the time-line is after it. */
  private static final Instant NEVER = Instant.MAX;

  /**
   * Checks the fields; truncates the instant to whole microseconds (the sentinel of
   * {@link #never} is kept as it is).
   *
   * @param number the case's number
   * @param version the version read
   * @param instant the threshold
   */
  public ReminderCheck {
    requireNonNull(number, "number");
    requireNonNull(version, "version");
    requireNonNull(instant, "instant");
    if (!instant.equals(NEVER)) {
      instant = TimePrecision.stored(instant);
    }
  }

  /**
   * A check due for any run strictly after {@code instant}.
   *
   * @param number the case's number
   * @param version the version read
   * @param instant the threshold (truncated to the microsecond)
   * @return the check
   */
  public static ReminderCheck at(DocumentNumber number, Version version, Instant instant) {
    return new ReminderCheck(number, version, instant);
  }

  /**
   * No check until the case changes.
   *
   * @param number the case's number
   * @param version the version read
   * @return the check
   */
  public static ReminderCheck never(DocumentNumber number, Version version) {
    return new ReminderCheck(number, version, NEVER);
  }

  /**
   * The threshold after which the case is due again.
   *
   * @return the instant, or empty for never
   */
  public Optional<Instant> next() {
    return instant.equals(NEVER) ? Optional.empty() : Optional.of(instant);
  }

  /**
   * Whether a run at {@code at} finds the case (still at {@link #version()}) due: {@code at} is
   * strictly after {@link #next()}; never for {@link #never}.
   *
   * @param at the run's instant
   * @return true if due
   */
  public boolean isDueAt(Instant at) {
    requireNonNull(at, "at");
    return next().map(at::isAfter).orElse(false);
  }
}
