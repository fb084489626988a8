package org.aftersales.core.workreport;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.organization.UnitId;
import org.aftersales.core.shared.DomainEvent;

/**
 * A branch's supervisor daily report was signed by the branch manager (经理已签章), SVC-09.
 *
 * @param branch the branch
 * @param day the report's business day
 * @param supervisor the supervisor whose report it is
 * @param manager the manager who signed
 * @param signedAt when the manager signed (business timestamp)
 * @param occurredAt when the signature was recorded
 */
public record BranchReportSigned(UnitId branch, LocalDate day, PersonId supervisor,
    PersonId manager, Instant signedAt, Instant occurredAt) implements DomainEvent {

  /**
   * Checks the fields.
   *
   * @param branch the branch
   * @param day the day
   * @param supervisor the supervisor
   * @param manager the manager
   * @param signedAt the signature time
   * @param occurredAt when it was recorded
   */
  public BranchReportSigned {
    requireNonNull(branch, "branch");
    requireNonNull(day, "day");
    requireNonNull(supervisor, "supervisor");
    requireNonNull(manager, "manager");
    requireNonNull(signedAt, "signedAt");
    requireNonNull(occurredAt, "occurredAt");
  }
}
