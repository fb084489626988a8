package org.aftersales.core.complaint;

import static java.util.Objects.requireNonNull;

/**
 * Who may decide a complaint's synthesis (核决权限的层级), CMP-07: the sales manager, the deputy
 * general manager or the general manager (PCB §9.6: 依据核决权限分送业务部经理、副总经理或总经理核决).
 * Declared lowest first, so that the declaration order is the order of authority.
 */
public enum ApprovalLevel {
  /** The sales manager (业务经理), the lowest level. */
  SALES_MANAGER,
  /** The deputy general manager (副总经理). */
  DEPUTY_GENERAL_MANAGER,
  /** The general manager (总经理), the highest level. */
  GENERAL_MANAGER;

  /**
   * Whether someone of this level may decide a case that requires {@code required}: a level covers
   * itself and every lower level (CMP-07; sales may promise nothing beyond its authority, §9.11).
   *
   * @param required the level a case requires
   * @return true if this level is {@code required} or higher
   */
  public boolean covers(ApprovalLevel required) {
    return compareTo(requireNonNull(required, "required")) >= 0;
  }
}
