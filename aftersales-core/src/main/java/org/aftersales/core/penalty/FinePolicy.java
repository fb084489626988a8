package org.aftersales.core.penalty;

import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.Policy;
import org.aftersales.core.shared.RuleRefusalException;

/**
 * Decides the fine for a service violation (罚款政策), PEN-11, PEN-12, CMP-20: a configurable
 * schedule per kind of violation, each occurrence fined; the same problem reported again doubles
 * the fine; a complaint traced to a skipped inspection or backup or to a false inspection report
 * doubles it; with no identifiable person the group lead pays.
 */
@Policy
public interface FinePolicy {

  /**
   * The decision for one violation.
   *
   * @param fineCase the violation
   * @return the fine or the major demerit, and who bears it
   * @throws RuleRefusalException if the schedule has no entry for the kind, or no person is
   *     identified and the group has no lead
   * @throws InvalidInputException if the case is malformed
   */
  FineDecision decide(FineCase fineCase);
}
