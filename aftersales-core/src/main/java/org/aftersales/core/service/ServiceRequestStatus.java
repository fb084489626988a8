package org.aftersales.core.service;

/**
 * Where a service request stands (服务请求状态). A job completed on site stays
 * {@link #DISPATCHED} while its report and the voucher's signature are recorded (kept as
 * attributes of the request), and is {@link #CLOSED} by the clerk (SVC-03); a job not fixable on
 * site is {@link #IN_WORKSHOP} from the item's intake to its return, which closes it (SVC-05,
 * SVC-06).
 */
public enum ServiceRequestStatus {
  /** Registered in the 叫修登记簿, not yet dispatched (已登记). */
  REGISTERED,
  /** A supervisor has assigned a technician (已派工), SVC-02. */
  DISPATCHED,
  /**
   * The item is in the workshop's custody (携回修护, 客户商品进出登记簿), SVC-05: taken back from
   * the customer against a receipt, not yet returned.
   */
  IN_WORKSHOP,
  /**
   * Closed (已结案): the register entry is cancelled (注销) and the voucher archived — never without
   * a signed voucher and a service report (SVC-03, SVC-16).
   */
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
