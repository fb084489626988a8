package org.aftersales.core.organization;

/** How large an organizational unit is (单位层级). */
public enum UnitLevel {
  /** A group (组单元): the smallest unit a manufacturing fault is attributed to (PEN-05). */
  GROUP,
  /** A section (科): manufacturing's fallback when no group can be named (PEN-05, PEN-09). */
  SECTION,
  /** A department (部门): sales' and service's fallback when no person can be named (PEN-05). */
  DEPARTMENT
}
