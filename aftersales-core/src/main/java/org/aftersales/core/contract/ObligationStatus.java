package org.aftersales.core.contract;

/**
 * Where an obligation stands on a given day (义务状态), from its {@link ContractFile}: its
 * fulfilment, its disposition and its effective due day (the carried-over day, else the
 * schedule's). Days are calendar dates of the business's zone.
 */
public enum ObligationStatus {
  /** Not fulfilled, and its effective due day is today or later. */
  PENDING,
  /** Not fulfilled, not written off, and its effective due day has passed: missed (漏办). */
  OVERDUE,
  /** Fulfilled on or before its effective due day. */
  FULFILLED,
  /** Fulfilled after its effective due day (逾期完成). */
  FULFILLED_LATE,
  /** Written off with a reason (注销); it will not be done. */
  WRITTEN_OFF
}
