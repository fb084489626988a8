package org.aftersales.core.service;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;
import org.aftersales.core.shared.TimePrecision;
import org.aftersales.core.shared.Version;

/**
 * When the service-level sweep must look at a stored request again (巡检复查时间), SVC-08: the
 * sweep writes one per request it read ({@link ServiceRequests#scheduleSweepChecks}), and the
 * repository keeps it beside the request — not in the request, not bumping its version — for
 * {@link ServiceRequests#dueForSweep}. A check names the version the sweep read: the repository
 * keeps it only while that version is still the stored one (a later save makes the request due
 * at once anyway).
 *
 * <p>"Never" (nothing can become due until the request changes) is modelled by the factory
 * {@link #never}, read back with {@link #isNever()} or {@link #next()}; internally it is the
 * instant {@link Instant#MAX}, which no run can be after. Prefer {@link #next()} to reading
 * {@link #checkAt()} directly.
 *
 * @param id the request
 * @param version the stored version the sweep read
 * @param checkAt the check instant (a run strictly after it finds the request due), or
 *     {@link Instant#MAX} for never
 */
public record SweepCheck(ServiceRequestId id, Version version, Instant checkAt) {

  /** "Never": no run instant is after it. */
  private static final Instant NEVER = Instant.MAX;

  /**
   * Checks the fields and truncates the check instant to whole microseconds toward the past
   * ({@link TimePrecision#stored}), as a repository stores it: an earlier check is always safe,
   * a check rounded later by the storage could hide a due notice for a microsecond.
   *
   * @param id the request
   * @param version the version read
   * @param checkAt the check instant, or {@link Instant#MAX} for never
   */
  public SweepCheck {
    requireNonNull(id, "id");
    requireNonNull(version, "version");
    requireNonNull(checkAt, "checkAt");
    if (!checkAt.equals(NEVER)) {
      checkAt = TimePrecision.stored(checkAt);
    }
  }

  /**
   * A check at {@code instant} (truncated to whole microseconds): a run strictly after it finds
   * the request due, a run at or before it does not (unless the request was saved since).
   *
   * @param id the request
   * @param version the stored version the sweep read
   * @param instant the check instant
   * @return the check
   */
  public static SweepCheck at(ServiceRequestId id, Version version, Instant instant) {
    return new SweepCheck(id, version, instant);
  }

  /**
   * No check until the request changes: nothing more can become due for this version.
   *
   * @param id the request
   * @param version the stored version the sweep read
   * @return the check
   */
  public static SweepCheck never(ServiceRequestId id, Version version) {
    return new SweepCheck(id, version, NEVER);
  }

  /**
   * Whether this check is "never".
   *
   * @return true if no run finds the request due until it is saved again
   */
  public boolean isNever() {
    return checkAt.equals(NEVER);
  }

  /**
   * The check instant.
   *
   * @return the instant, or empty for never
   */
  public Optional<Instant> next() {
    return isNever() ? Optional.empty() : Optional.of(checkAt);
  }

  /**
   * Whether a run at {@code at} finds a request carrying this check due: {@code checkAt} strictly
   * before {@code at} (never: never due).
   *
   * @param at the run's instant
   * @return true if due at {@code at}
   */
  public boolean isDueAt(Instant at) {
    return checkAt.isBefore(requireNonNull(at, "at"));
  }
}
