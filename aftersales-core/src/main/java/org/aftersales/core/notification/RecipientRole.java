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
  GENERAL_MANAGER
}
