package org.aftersales.core.complaint;

/**
 * How serious a suggestion or complaint is (情节轻重), SUR-04: a serious one goes at once to the
 * deputy general manager and the customer is told the outcome in writing; a general one is handled
 * by the service department and the customer is told in writing or by phone (P2 §26). The
 * approval authority (CMP-07) also reads it: see {@link ApprovalAuthorityPolicy}.
 */
public enum ComplaintSeverity {
  /** A general matter (一般), handled by the service department itself. */
  GENERAL,
  /** A serious matter (重大 / 情节重大), sent at once to the deputy general manager. */
  SERIOUS
}
