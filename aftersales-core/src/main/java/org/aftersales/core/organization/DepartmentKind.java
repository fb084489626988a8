package org.aftersales.core.organization;

/** What kind of department a unit belongs to, which decides how faults are attributed (PEN-05). */
public enum DepartmentKind {
  /** Manufacturing (制造部门): to the smallest group, else the whole section. */
  MANUFACTURING,
  /** Sales (业务部门): to the individual, else the department. */
  SALES,
  /** Service (服务部门): to the individual, else the department (as sales). */
  SERVICE,
  /** Any other department (e.g. QA, R&amp;D): to the individual, else the group, else the unit. */
  OTHER
}
