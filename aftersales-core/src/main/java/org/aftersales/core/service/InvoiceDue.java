package org.aftersales.core.service;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;
import org.aftersales.core.shared.DomainEvent;
import org.aftersales.core.shared.Money;

/**
 * A paid job's invoice (开具发票) is due on a business day: the same day for a job completed on site
 * above the on-site collection limit (SVC-04), the day of return for a workshop job (SVC-07): the
 * event an ERP books.
 *
 * @param id the request's identity
 * @param amount the amount to invoice, exact
 * @param day the business day the invoice is due, cut in the business zone
 * @param occurredAt when it was recorded
 */
public record InvoiceDue(ServiceRequestId id, Money amount, LocalDate day, Instant occurredAt)
    implements DomainEvent {

  /**
   * Checks the fields.
   *
   * @param id the request's identity
   * @param amount the amount to invoice, exact
   * @param day the business day the invoice is due, cut in the business zone
   * @param occurredAt when it was recorded
   */
  public InvoiceDue {
    requireNonNull(id, "id");
    requireNonNull(amount, "amount");
    requireNonNull(day, "day");
    requireNonNull(occurredAt, "occurredAt");
  }
}
