package org.aftersales.core.notification;

/**
 * A role a notice may be addressed to when no one person is known, or when the notice is for
 * whoever holds the role (接收角色); the host resolves the role to people.
 */
public enum RecipientRole {
  /** The service supervisor (服务主管) who dispatches jobs: SVC-08's first escalation. */
  SUPERVISOR,
  /** The service manager (服务经理) above the supervisors. */
  SERVICE_MANAGER,
  /** The sales director (销售总监), SVC-14's report of open items. */
  SALES_DIRECTOR,
  /** The general manager (总经理). */
  GENERAL_MANAGER,
  /** The deputy general manager (副总经理): serious complaints at once (SUR-04). */
  DEPUTY_GENERAL_MANAGER,
  /** The quality assurance department (品保), a copy of the closed complaint form (CMP-09). */
  QUALITY_ASSURANCE,
  /** The manufacturing department (制造), a copy of the closed complaint form (CMP-09). */
  MANUFACTURING,
  /** The research and development department (研发), a step of the complaint route (CMP-05). */
  RESEARCH_AND_DEVELOPMENT,
  /** The sales department (业务), a copy of the closed complaint form (CMP-09). */
  SALES,
  /** The accounting department (会计), a copy of the closed complaint form (CMP-09). */
  ACCOUNTING,
  /** The general manager's office (总经理室), a copy of the closed complaint form (CMP-09). */
  GM_OFFICE,
  /**
   * The service centre and branch offices (服务中心及分公司): they mail the contract expiry notice
   * and send someone to pursue the renewal (CON-01).
   */
  SERVICE_CENTRE,
  /**
   * The after-sales team lead (售后服务组长): the monthly inspections and reports, the revisits,
   * the written report of an ending free period (CON-02, CON-04…CON-06, SUR-06).
   */
  AFTER_SALES_LEAD,
  /**
   * The marketing department (营销部): the purchase contracts, mortgages, move-in and title
   * documents of property sales (CON-09).
   */
  MARKETING
}
