package org.aftersales.core.complaint;

/**
 * Where a complaint case stands (投诉状态): accepted and routed ({@link #OPEN}), decided by the
 * approval authority ({@link #DECIDED}), closed and distributed ({@link #CLOSED}), or voided.
 * Open and decided cases are {@linkplain #inProgress() in progress}: their clocks run and
 * reminders concern them.
 */
public enum ComplaintStatus {
  /** Accepted by the GM office and being routed (受理中). */
  OPEN,
  /** The synthesis is decided by the approval authority (已判定), CMP-07; not yet closed. */
  DECIDED,
  /** Closed (结案), CMP-09: the form is distributed; its clocks stopped at the closure. */
  CLOSED,
  /** Voided (作废): kept with its number, never deleted, no longer handled. */
  VOIDED;

  /**
   * Whether a case in this status is still being handled: open or decided.
   *
   * @return true for {@link #OPEN} and {@link #DECIDED}
   */
  public boolean inProgress() {
    return this == OPEN || this == DECIDED;
  }
}
