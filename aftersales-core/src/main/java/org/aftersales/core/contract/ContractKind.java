package org.aftersales.core.contract;

/**
 * What kind of service period a {@link ServiceContract} is.
 */
public enum ContractKind {
  /**
   * A paid maintenance contract (维保合同, 保養合同); one month before it ends the customer gets an
   * expiry notice and someone pursues renewal (CON-01).
   */
  MAINTENANCE,
  /**
   * A free maintenance period (免费维保期, 免費維護期) after a project's acceptance; three months
   * before it ends the after-sales lead reports it in writing to the sales director (CON-02).
   */
  FREE_MAINTENANCE
}
