package org.aftersales.core.contract;

/**
 * What became of an obligation that was not fulfilled on its date (处置方式): the explicit rule for
 * a visit, inspection or report skipped or moved.
 */
public enum DispositionKind {
  /**
   * Carried over (顺延): moved to another day inside the contract; it is due then, reminded then,
   * and counted as missed only if that day passes too.
   */
  CARRIED_OVER,
  /**
   * Written off (注销): it will not be done; the reason is kept and the obligation is reported as
   * written off, never as fulfilled. Final.
   */
  WRITTEN_OFF
}
