package org.aftersales.core.servicelevel;

/** Where a service-level clock stands at an instant (时限状态). */
public enum ServiceLevelStatus {
  /** No warning has fallen due yet. */
  ON_TRACK,
  /** At least one warning has fallen due, the deadline has not passed. */
  AT_RISK,
  /** The deadline has passed (the instant is after the due instant). */
  OVERDUE
}
