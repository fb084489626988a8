package org.aftersales.core.service;

/**
 * Where a service request stands (服务请求状态). Registration and dispatch are implemented; the
 * states of on-site completion and the workshop path are added by the later parts of the
 * service-request work, between {@link #DISPATCHED} and {@link #CLOSED}.
 */
public enum ServiceRequestStatus {
  /** Registered in the 叫修登记簿, not yet dispatched (已登记). */
  REGISTERED,
  /** A supervisor has assigned a technician (已派工), SVC-02. */
  DISPATCHED,
  /** Closed: the register entry is cancelled (已结案). No command of this slice reaches it. */
  CLOSED;

  /**
   * Whether a request in this state is still open (not closed).
   *
   * @return true unless {@link #CLOSED}
   */
  public boolean isOpen() {
    return this != CLOSED;
  }
}
