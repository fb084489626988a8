package org.aftersales.core.complaint;

/**
 * How serious a customer's complaint or suggestion is (投诉/建议的严重程度), SUR-04: a serious one
 * goes at once to the deputy general manager and the customer is answered in writing; a general
 * one is handled by the service department and answered in writing or by phone.
 */
public enum ComplaintSeverity {
  /** General (一般): handled by the service department. */
  GENERAL,
  /** Serious (重大): reported to the deputy general manager at once. */
  SERIOUS
}
