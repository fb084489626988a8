package org.aftersales.core.complaint;

/**
 * Where the overall clock (CMP-06) of a case raised because the customer rejected a decision
 * (CMP-10) starts (驳回后时限). Each step's clock always starts at its own hand-over in the new
 * case; the rejected case's clocks stopped when it was decided.
 */
public enum RejectionClock {
  /** The new case has a limit of its own, counted from its own acceptance (the default). */
  RESTART,
  /**
   * The new case continues the original's limit: counted from the original's acceptance, so the
   * customer's 13 (17) days cover both cases.
   */
  CONTINUE
}
