package org.aftersales.core.contract;

import org.aftersales.core.shared.Policy;

/**
 * The checklists of the monthly inspection (巡检清单), CON-04: which areas the inspection of a
 * system of each {@link SystemCategory} covers. Implemented in the rules module
 * ({@code org.aftersales.rules.contract.SeedInspectionChecklists}: the seed's four areas for a
 * security system). Implementations are immutable and thread-safe.
 */
@Policy
public interface InspectionChecklists {

  /**
   * The checklist for the systems of a category.
   *
   * @param category the system category
   * @return the checklist, whose {@link InspectionChecklist#category()} is {@code category};
   *     never {@code null}
   */
  InspectionChecklist checklistFor(SystemCategory category);
}
