package org.aftersales.core.contract;

/**
 * The category of the systems a {@link ServiceContract} covers; it selects the monthly
 * inspection's checklist (CON-04), not which obligations fall due.
 */
public enum SystemCategory {
  /** Any system without a category-specific checklist, e.g. a software system (P8). */
  GENERAL,
  /**
   * A security alarm and linkage system (安防报警联动系统, P15): its monthly inspection (月检) covers
   * front-end devices, cabling, central control equipment and system functions (CON-04).
   */
  SECURITY
}
