package org.aftersales.core.complaint;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.aftersales.core.numbering.DocumentNumber;
import org.aftersales.core.organization.OrganizationUnit;

/**
 * Command: post the penalties of a decided complaint case (投诉罚款入账), CMP-08. Idempotent by
 * the case: the same case posts each person's share once however often it is sent.
 *
 * @param number the decided case
 * @param units the departments of the decision's department-only lines, with their members and
 *     base points as they stood at the decision (the host's organisation); may hold others;
 *     copied
 */
public record PostComplaintPenalty(
    @NotNull DocumentNumber number,
    @NotNull List<@NotNull OrganizationUnit> units) {

  /**
   * Copies the units; every field is validated at the use case's boundary.
   *
   * @param number the case
   * @param units the departments
   */
  public PostComplaintPenalty {
    units = units == null ? null : List.copyOf(units);
  }
}
