package org.aftersales.core.penalty;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.aftersales.core.organization.OrganizationUnit;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.shared.InvalidInputException;

/**
 * A fined violation (罚款事项), PEN-11, PEN-12, CMP-20.
 *
 * @param kind what was violated
 * @param occurrences how many times (each occurrence is fined), at least 1
 * @param responsible the person responsible, if one can be identified
 * @param group the group the violation belongs to; its lead pays when no person is identified
 * @param report which report of the same problem this is: 1 for the first, 2 when it is reported
 *     again, and so on
 * @param aggravations what makes it heavier (skipped inspection or backup, false report)
 */
public record FineCase(FineKind kind, int occurrences, Optional<PersonId> responsible,
    OrganizationUnit group, int report, Set<Aggravation> aggravations) {
  /**
   * Checks and copies the fields.
   *
   * @param kind what was violated
   * @param occurrences how many times
   * @param responsible the person, if identified
   * @param group the group
   * @param report which report of the same problem
   * @param aggravations what makes it heavier
   * @throws InvalidInputException if a count is less than 1
   */
  public FineCase {
    requireNonNull(kind, "kind");
    requireNonNull(responsible, "responsible");
    requireNonNull(group, "group");
    requireNonNull(aggravations, "aggravations");
    aggravations = aggravations.isEmpty() ? Set.of()
        : Collections.unmodifiableSet(EnumSet.copyOf(aggravations));
    if (occurrences < 1) {
      throw InvalidInputException.of("occurrences",
          PenaltyChecks.message("core.penalty.countNotPositive"), occurrences);
    }
    if (report < 1) {
      throw InvalidInputException.of("report",
          PenaltyChecks.message("core.penalty.countNotPositive"), report);
    }
  }
}
