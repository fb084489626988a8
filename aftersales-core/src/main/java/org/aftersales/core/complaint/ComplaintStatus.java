package org.aftersales.core.complaint;

/** Where a complaint case stands (投诉状态). */
public enum ComplaintStatus {
  /** Registered and being handled. */
  OPEN,
  /** Voided (作废): kept with its number, never deleted, no longer handled. */
  VOIDED
}
