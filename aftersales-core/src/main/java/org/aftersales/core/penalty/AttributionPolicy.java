package org.aftersales.core.penalty;

import org.aftersales.core.shared.Policy;

/**
 * Decides who a fault is attributed to (责任归属), PEN-05: manufacturing to the smallest group
 * where the fault arose, else the whole section; sales and service to the individual, else the
 * department.
 */
@Policy
public interface AttributionPolicy {

  /**
   * The responsible party for a fault.
   *
   * @param report where the fault arose
   * @return the person or unit that carries it
   */
  ResponsibleParty attribute(FaultReport report);
}
